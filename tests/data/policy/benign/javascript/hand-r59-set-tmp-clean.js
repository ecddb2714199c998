// Removes scratch directories collected in a Set.
const fs = require('fs');
const os = require('os');
const path = require('path');
const targets = new Set();
targets.add(path.join(os.tmpdir(), 'build-scratch'));
for (const t of targets) {
  fs.rmSync(t, { recursive: true, force: true });
}
