#!/usr/bin/env node
// A tiny JSON key-value service on localhost, for local development.
'use strict';

const http = require('http');

const PORT = Number(process.env.PORT || 8080);
const HOST = process.env.HOST || '127.0.0.1';
const store = new Map();

function send(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > 1e6) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const m = url.pathname.match(/^\/kv\/([\w.-]+)$/);
  try {
    if (url.pathname === '/health') return send(res, 200, { ok: true, keys: store.size });
    if (!m) return send(res, 404, { error: 'not found' });
    const key = m[1];
    if (req.method === 'GET') {
      return store.has(key) ? send(res, 200, { key, value: store.get(key) }) : send(res, 404, { error: 'no such key' });
    }
    if (req.method === 'PUT') {
      const value = JSON.parse(await readBody(req));
      store.set(key, value);
      return send(res, 201, { key });
    }
    if (req.method === 'DELETE') return send(res, store.delete(key) ? 204 : 404, {});
    send(res, 405, { error: 'method not allowed' });
  } catch (err) {
    send(res, 400, { error: err.message });
  }
});

server.listen(PORT, HOST, () => console.log(`listening on http://${HOST}:${PORT}`));

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    console.log(`\n${sig}: shutting down`);
    server.close(() => process.exit(0));
  });
}
