#!/usr/bin/env node
// Receive GitHub webhooks on localhost, verify the HMAC signature with a secret from the environment, log events.
'use strict';

const crypto = require('crypto');
const http = require('http');

const SECRET = process.env.WEBHOOK_SECRET;
const PORT = Number(process.env.PORT || 9000);
if (!SECRET) {
  console.error('set WEBHOOK_SECRET');
  process.exit(2);
}

function verify(body, header) {
  if (!header || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', SECRET).update(body).digest('hex'));
  const given = Buffer.from(header);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

const handlers = {
  push: (p) => `push to ${p.ref} by ${p.pusher?.name}: ${p.commits?.length ?? 0} commits`,
  pull_request: (p) => `PR #${p.number} ${p.action}: ${p.pull_request?.title}`,
  ping: (p) => `ping: ${p.zen}`,
};

http
  .createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/hook') {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!verify(body, req.headers['x-hub-signature-256'])) {
        res.writeHead(401).end('bad signature');
        return;
      }
      const event = req.headers['x-github-event'];
      const handler = handlers[event];
      const payload = JSON.parse(body.toString('utf8'));
      console.log(new Date().toISOString(), handler ? handler(payload) : `unhandled event ${event}`);
      res.writeHead(204).end();
    });
  })
  .listen(PORT, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${PORT}/hook`));
