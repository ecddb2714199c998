const dgram = require('dgram');

const sock = dgram.createSocket('udp4');
const data = Buffer.from(`requests:${42}|c`);
sock.send(data, 8125, 'localhost', () => sock.close());
