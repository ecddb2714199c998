#!/usr/bin/env node
// Start a tiny JSON service on localhost, probe its endpoints once, then shut it down.
'use strict';

const http = require('http');
const assert = require('assert');

const started = Date.now();
const items = new Map([
  [1, { id: 1, name: 'alpha' }],
  [2, { id: 2, name: 'beta' }],
]);

function send(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/health') return send(res, 200, { ok: true, uptime_ms: Date.now() - started });
  const m = url.pathname.match(/^\/items\/(\d+)$/);
  if (m) {
    const item = items.get(Number(m[1]));
    return item ? send(res, 200, item) : send(res, 404, { error: 'not found' });
  }
  if (url.pathname === '/items') return send(res, 200, [...items.values()]);
  send(res, 404, { error: 'no route' });
});

async function probe(base) {
  const health = await (await fetch(`${base}/health`)).json();
  assert.strictEqual(health.ok, true);
  const list = await (await fetch(`${base}/items`)).json();
  assert.strictEqual(list.length, 2);
  const missing = await fetch(`${base}/items/99`);
  assert.strictEqual(missing.status, 404);
  console.log('all probes passed');
}

server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  console.log(`listening on ${base}`);
  probe(base)
    .catch((err) => {
      console.error('probe failed:', err.message);
      process.exitCode = 1;
    })
    .finally(() => server.close());
});
