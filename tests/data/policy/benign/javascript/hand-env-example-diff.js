// Ordinary program: startup check. Reads the project's .env.example, lists the
// variable names it declares and reports which are missing from process.env
// (names only, never values). Exits 1 when something is missing.
const fs = require('fs');
const path = require('path');

const example = path.join(process.cwd(), '.env.example');
const names = fs.readFileSync(example, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('=')[0].replace(/^export\s+/, ''));

const missing = names.filter((n) => !(n in process.env) || process.env[n] === '');
if (missing.length) {
  console.error(`missing ${missing.length} of ${names.length} variables:`);
  for (const n of missing) console.error(`  ${n}`);
  process.exit(1);
}
console.log(`all ${names.length} variables set`);
