// Lists the user's systemd units and their states.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.local', 'share', 'systemd', 'user');
const units = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
for (const u of units) {
  let state = 'unknown';
  try {
    state = execFileSync('systemctl', ['--user', 'is-active', u]).toString().trim();
  } catch {}
  console.log(u.padEnd(40), state);
}
