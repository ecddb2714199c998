// Counts the gem specs cached for the bindings build, if any.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(process.cwd(), 'vendor', 'gems', 'specifications');
const n = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.gemspec')).length : 0;
console.log(`${n} gem specs`);
