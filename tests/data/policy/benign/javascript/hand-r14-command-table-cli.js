// An ordinary project CLI with a command table: `build` writes dist/,
// `clean` removes the project's own dist/ directory, `info` prints the
// package name; the handler is picked by argv.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = __dirname;

function build(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.js'), "module.exports = 'built';\n");
  console.log('built', dir);
}
function clean(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('removed', dir);
}
function info() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  console.log(pkg.name, pkg.version);
}

const commands = { build, clean, info };
const name = process.argv[2] || 'info';
if (!commands[name]) {
  console.error(`unknown command ${name}`);
  process.exit(2);
}
commands[name](path.join(ROOT, 'dist'));
