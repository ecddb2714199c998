// Checks that each build host answers on the ssh port and prints its banner.
const net = require('net');

for (const host of process.argv.slice(2)) {
  const sock = net.connect({ host, port: 22, timeout: 5000 });
  sock.once('data', (d) => {
    console.log(host, d.toString().trim());
    sock.end();
  });
  sock.on('timeout', () => { console.log(host, 'timeout'); sock.destroy(); });
  sock.on('error', (e) => console.log(host, e.code));
}
