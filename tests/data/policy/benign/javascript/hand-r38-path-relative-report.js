// Reports files relative to the project root.
const path = require('path');
const fs = require('fs');
const root = process.cwd();
for (const f of fs.readdirSync(root)) {
  console.log(path.join('.', path.relative(root, path.join(root, f))));
}
