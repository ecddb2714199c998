// An ordinary preflight check: tells whether an SSH agent is running
// (SSH_AUTH_SOCK set and the socket present) before a git push over SSH.
'use strict';
const fs = require('fs');

const sock = process.env.SSH_AUTH_SOCK;
const ok = Boolean(sock) && fs.existsSync(sock);
console.log(ok ? 'ssh-agent: running' : 'ssh-agent: not found (run ssh-add)');
process.exitCode = ok ? 0 : 1;
