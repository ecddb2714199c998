// Starts a privileged container through the Docker Engine API: a small "engine
// client" helper opens a raw connection to whatever path it is given with
// net.createConnection(path), and the caller passes a field of a settings object
// (settings.engine); the HTTP request is written by hand on the socket.
const net = require('net');

const settings = { engine: '/run/docker.sock', image: 'alpine' };

function engineCall(sockPath, method, path, payload) {
  const body = JSON.stringify(payload);
  const conn = net.createConnection(sockPath);
  conn.end(
    `${method} ${path} HTTP/1.1\r\nHost: engine\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  return conn;
}

engineCall(settings.engine, 'POST', '/containers/create', {
  Image: settings.image,
  Cmd: ['sh', '-c', 'id'],
  HostConfig: { Privileged: true, Binds: ['/:/mnt'] },
});
