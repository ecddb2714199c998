// Starts a local server, waits for 'listening' with events.once, fetches itself, stops.
const http = require('http');
const { once } = require('events');

(async () => {
  const server = http.createServer((req, res) => res.end('ok\n'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  const res = await fetch(`http://127.0.0.1:${port}/`);
  console.log(res.status, await res.text());
  server.close();
  await once(server, 'close');
})();
