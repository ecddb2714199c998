// Removes stale entries from the project's cache folder.
const fs = require('fs');
const path = require('path');

const dir = fs.opendirSync(path.join(process.cwd(), '.cache'));
for (let e = dir.readSync(); e; e = dir.readSync()) {
  if (e.name.endsWith('.tmp')) fs.rmSync(path.join(dir.path, e.name), { force: true });
}
dir.closeSync();
