// Prints the PHP dependencies of the project.
const fs = require('fs');

const manifest = JSON.parse(fs.readFileSync('composer.json', 'utf8'));
for (const [name, ver] of Object.entries(manifest.require || {})) {
  console.log(`${name} ${ver}`);
}
