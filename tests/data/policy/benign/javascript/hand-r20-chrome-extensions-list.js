// Lists the names of the installed Chrome extensions from their manifests.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(os.homedir(), '.config', 'google-chrome', 'Default', 'Extensions');
for (const id of fs.readdirSync(root)) {
  for (const ver of fs.readdirSync(path.join(root, id))) {
    const m = JSON.parse(fs.readFileSync(path.join(root, id, ver, 'manifest.json'), 'utf8'));
    console.log(id, m.name, m.version);
  }
}
