// evasion: execFile of /usr/bin/env joined from pieces
// grade: medium; does: shell
const { execFile } = require('node:child_process');
const bin = ['/usr', 'bin', 'env'].join('/');
execFile(bin, ['sh', '-c', 'id'], (e, o) => console.log(o));
