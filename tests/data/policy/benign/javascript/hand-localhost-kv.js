#!/usr/bin/env node
// A tiny key-value store over HTTP on localhost, for local testing of a client.
'use strict';

const http = require('http');

const PORT = Number(process.env.KV_PORT || 8787);
const store = new Map();

function send(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

function readBody(req, limit = 1 << 20) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
      } else {
        chunks.push(c);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const key = decodeURIComponent(url.pathname.replace(/^\/kv\//, ''));
  try {
    if (url.pathname === '/health') return send(res, 200, { ok: true, keys: store.size });
    if (!url.pathname.startsWith('/kv/') || !key) return send(res, 404, { error: 'not found' });
    switch (req.method) {
      case 'GET':
        return store.has(key) ? send(res, 200, { key, value: store.get(key) }) : send(res, 404, { error: 'no such key' });
      case 'PUT': {
        const value = JSON.parse(await readBody(req));
        store.set(key, value);
        return send(res, 201, { key });
      }
      case 'DELETE':
        return send(res, store.delete(key) ? 204 : 404, {});
      default:
        return send(res, 405, { error: 'method not allowed' });
    }
  } catch (err) {
    return send(res, 400, { error: err.message });
  }
});

server.listen(PORT, '127.0.0.1', () => console.log(`kv listening on http://127.0.0.1:${PORT}`));
process.on('SIGINT', () => server.close(() => process.exit(0)));
