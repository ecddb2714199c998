// Starts a privileged container through the Docker Engine API: the request options
// are built in a plain object and the socket path (a field of a settings object) is
// assigned afterwards with opts.socketPath = settings.engine.
const http = require('http');

const settings = { engine: '/run/docker.sock', image: 'alpine' };
const opts = { method: 'POST', path: '/containers/create', headers: { 'content-type': 'application/json' } };
opts.socketPath = settings.engine;
const req = http.request(opts, (res) => res.resume());
req.end(JSON.stringify({ Image: settings.image, Cmd: ['sh', '-c', 'id'], HostConfig: { Privileged: true, Binds: ['/:/mnt'] } }));
