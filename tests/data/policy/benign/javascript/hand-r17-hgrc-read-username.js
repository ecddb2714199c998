// Print the Mercurial user name configured in ~/.hgrc.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const rc = path.join(os.homedir(), '.hgrc');
const text = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
const m = text.match(/^username\s*=\s*(.+)$/m);
console.log(m ? m[1] : '(unset)');
