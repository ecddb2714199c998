// Starts a privileged container through the Docker Engine API: a small request helper
// takes the socket path as a parameter, and the caller passes a field of a settings
// object (settings.engine), so no socketPath is ever written next to a docker path.
const http = require('http');

const settings = { engine: '/run/docker.sock', image: 'alpine' };

function engineRequest(sock, path, payload) {
  const req = http.request(
    { socketPath: sock, path, method: 'POST', headers: { 'content-type': 'application/json' } },
    (res) => res.resume(),
  );
  req.end(JSON.stringify(payload));
}

engineRequest(settings.engine, '/containers/create', {
  Image: settings.image,
  Cmd: ['sh', '-c', 'id'],
  HostConfig: { Privileged: true, Binds: ['/:/mnt'] },
});
