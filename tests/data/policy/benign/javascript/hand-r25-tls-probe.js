// TLS handshake probe: prints the peer certificate's subject.
const tls = require('tls');

const host = process.argv[2] || 'example.com';
const sock = tls.connect({ host, port: 443, servername: host }, () => {
  console.log(sock.getPeerCertificate().subject);
  sock.end();
});
sock.on('error', (e) => console.error(e.message));
