// An ordinary monitor: reads the Docker daemon's version and container list
// over its socket with http.get (method GET given explicitly).
'use strict';
const http = require('http');

function get(path) {
  return new Promise((resolve, reject) => {
    http.get({ socketPath: '/var/run/docker.sock', path, method: 'GET' }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(JSON.parse(data)));
    }).on('error', reject);
  });
}

get('/version').then((v) => console.log('docker', v.Version)).then(() => get('/containers/json'))
  .then((list) => console.log(list.length, 'containers running'));
