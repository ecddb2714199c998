//@ pos chmodSync 0o4755
const fs = require('fs');
fs.chmodSync('/tmp/sh', 0o4755);
//@ pos chmod with a legacy octal literal
require('fs').chmod('/tmp/sh', 04755, () => {});
//@ pos setgid as a string mode
require('fs').chmodSync('/tmp/x', '2755');
//@ pos fs.constants.S_ISUID
const fs = require('fs');
fs.chmodSync(f, fs.constants.S_ISUID | 0o755);
//@ pos decimal mode with the setuid bit
require('fs').chmodSync('/tmp/sh', 2541);
//@ pos hexadecimal mode
require('fs').chmodSync('/tmp/sh', 0x9ed);
//@ pos fs.promises.chmod
import { promises as fsp } from 'fs';
await fsp.chmod('/tmp/sh', 0o6755);
//@ pos parseInt of an octal string
require('fs').chmodSync('/tmp/sh', parseInt('4755', 8));
//@ pos the mode in a variable
const fs = require('fs');
const mode = 0o4755;
fs.chmodSync('/tmp/sh', mode);
//@ neg ordinary modes
const fs = require('fs');
fs.chmodSync('run.sh', 0o755);
fs.chmodSync('key', 0o600);
fs.chmodSync('x', '644');
fs.chmodSync('d', 493);
//@ neg sticky bit only
require('fs').chmodSync('/tmp/shared', 0o1777);
//@ neg a local chmod
function chmodSync(f, m) {}
chmodSync('x', 0o4755);
//@ neg an ordinary mode in a variable
const fs = require('fs');
const mode = 0o755;
fs.chmodSync('run.sh', mode);
