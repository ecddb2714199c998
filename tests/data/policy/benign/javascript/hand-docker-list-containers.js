// An ordinary status tool: lists running containers through the Docker
// Engine API on its Unix socket (GET /containers/json) and prints name,
// image, state and uptime.
'use strict';
const http = require('http');

function get(path) {
  return new Promise((resolve, reject) => {
    http.get({ socketPath: '/var/run/docker.sock', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

get('/containers/json').then((list) => {
  for (const c of list) {
    console.log(`${c.Names[0].slice(1).padEnd(28)} ${c.Image.padEnd(30)} ${c.State.padEnd(8)} ${c.Status}`);
  }
  console.log(`${list.length} running`);
}).catch((e) => {
  console.error('docker not reachable:', e.message);
  process.exit(1);
});
