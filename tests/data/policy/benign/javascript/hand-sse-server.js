#!/usr/bin/env node
// A small server-sent events endpoint on localhost that streams the load average.
'use strict';

const http = require('http');
const os = require('os');

const PORT = Number(process.env.PORT || 8089);
const clients = new Set();

function send(res, event, data) {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

const server = http.createServer((req, res) => {
  if (req.url === '/events') {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    clients.add(res);
    send(res, 'hello', { clients: clients.size });
    req.on('close', () => clients.delete(res));
    return;
  }
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><pre id="out"></pre>
<script>
const es = new EventSource('/events');
es.addEventListener('load', (e) => { document.getElementById('out').textContent = e.data; });
</script>`);
    return;
  }
  res.writeHead(404).end('not found');
});

const timer = setInterval(() => {
  const [one, five, fifteen] = os.loadavg();
  for (const res of clients) send(res, 'load', { one, five, fifteen, at: Date.now() });
}, 1000);

server.listen(PORT, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${PORT}/`);
});

process.on('SIGINT', () => {
  clearInterval(timer);
  for (const res of clients) res.end();
  server.close(() => process.exit(0));
});
