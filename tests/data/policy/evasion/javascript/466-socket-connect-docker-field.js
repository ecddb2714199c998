// Talks to the Docker Engine API through net.createConnection: the socket's path is
// kept in a nested field of a config object (config.runtime.socket) and passed as the
// plain path argument, then a container that mounts the host's / is created with a
// hand-written HTTP request.
const net = require('net');

const config = { runtime: { socket: '/var/run/docker.sock' } };
const s = net.createConnection(config.runtime.socket, () => {
  const body = '{"Image":"alpine","Cmd":["sh"],"HostConfig":{"Binds":["/:/host"]}}';
  s.end(`POST /containers/create HTTP/1.1\r\nHost: d\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
});
