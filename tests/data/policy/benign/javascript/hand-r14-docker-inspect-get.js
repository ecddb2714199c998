// An ordinary health check: reads one container's state from the Docker
// Engine API (GET /containers/<name>/json with http.get on the socket) and
// exits non-zero when it is not running or its health check fails.
'use strict';
const http = require('http');

const name = process.argv[2] || 'web';

http.get({ socketPath: '/var/run/docker.sock', path: `/containers/${encodeURIComponent(name)}/json` }, (res) => {
  let body = '';
  res.on('data', (d) => { body += d; });
  res.on('end', () => {
    if (res.statusCode !== 200) {
      console.error(`${name}: ${res.statusCode}`);
      process.exit(2);
    }
    const st = JSON.parse(body).State;
    const health = st.Health ? st.Health.Status : 'none';
    console.log(`${name}: ${st.Status} (health ${health})`);
    process.exitCode = st.Running && health !== 'unhealthy' ? 0 : 1;
  });
}).on('error', (e) => {
  console.error(e.message);
  process.exit(2);
});
