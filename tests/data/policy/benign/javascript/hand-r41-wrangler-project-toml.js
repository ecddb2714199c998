// Reads the project's wrangler.toml and prints the worker's name.
const fs = require('fs');
const path = require('path');

const text = fs.readFileSync(path.join(process.cwd(), 'wrangler.toml'), 'utf8');
const m = /^name\s*=\s*"([^"]+)"/m.exec(text);
console.log(m ? m[1] : '(unnamed)');
