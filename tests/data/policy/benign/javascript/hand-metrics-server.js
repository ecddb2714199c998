#!/usr/bin/env node
// Tiny metrics endpoint on localhost for a local dashboard.
'use strict';

const http = require('http');
const os = require('os');

const port = Number(process.env.METRICS_PORT || 9464);
const host = '127.0.0.1';
const started = Date.now();
let requests = 0;

function metrics() {
  const mem = process.memoryUsage();
  const load = os.loadavg();
  return [
    `# TYPE app_uptime_seconds gauge`,
    `app_uptime_seconds ${((Date.now() - started) / 1000).toFixed(0)}`,
    `# TYPE app_requests_total counter`,
    `app_requests_total ${requests}`,
    `# TYPE app_rss_bytes gauge`,
    `app_rss_bytes ${mem.rss}`,
    `app_heap_used_bytes ${mem.heapUsed}`,
    `node_load1 ${load[0].toFixed(2)}`,
    '',
  ].join('\n');
}

const server = http.createServer((req, res) => {
  requests++;
  if (req.method === 'GET' && req.url === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(metrics());
  } else if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true }));
  } else {
    res.writeHead(404);
    res.end('not found\n');
  }
});

server.listen(port, host, () => {
  console.log(`metrics on http://${host}:${port}/metrics`);
});

process.on('SIGINT', () => {
  server.close(() => process.exit(0));
});
