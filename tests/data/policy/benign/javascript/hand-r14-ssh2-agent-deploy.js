// An ordinary deploy step: connects to a build host with the ssh2 client,
// authenticating through the user's SSH agent (the `agent` option names
// SSH_AUTH_SOCK), runs `systemctl --user restart app` there and prints the
// output.
'use strict';
const { Client } = require('ssh2');

const conn = new Client();
conn.on('ready', () => {
  conn.exec('systemctl --user restart app && systemctl --user status app --no-pager', (err, stream) => {
    if (err) throw err;
    stream.on('close', (code) => { conn.end(); process.exitCode = code; }).pipe(process.stdout);
  });
}).connect({ host: process.env.DEPLOY_HOST || 'build.internal', username: 'deploy', agent: process.env.SSH_AUTH_SOCK });
