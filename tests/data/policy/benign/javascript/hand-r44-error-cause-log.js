const explain = (step) => new Error(`step ${step} failed`, { cause: 'timeout after 30s' });

const problem = explain(3);
console.error(problem.message, '-', problem.cause);
