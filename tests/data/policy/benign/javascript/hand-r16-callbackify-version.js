// An ordinary callback API made with util.callbackify that reports the
// node version to a local health endpoint.
'use strict';
const util = require('util');
const http = require('http');

const info = util.callbackify(async () => ({ node: process.version, pid: process.pid }));
info((err, v) => {
  if (err) return;
  const req = http.request({ host: '127.0.0.1', port: 8080, path: '/health', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify(v));
});
