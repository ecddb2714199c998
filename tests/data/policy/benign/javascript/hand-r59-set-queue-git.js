// Git commands queued in a Set and run one by one.
const { execSync } = require('child_process');
const queue = new Set();
queue.add('git status --short');
queue.add('git log -1 --oneline');
for (const step of queue) console.log(execSync(step, { encoding: 'utf8' }));
