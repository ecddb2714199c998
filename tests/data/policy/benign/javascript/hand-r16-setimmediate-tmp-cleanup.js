// An ordinary cleanup that removes its own temporary directory after the
// current turn, passing the arguments through setImmediate.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'job-'));
fs.writeFileSync(path.join(tmp, 'out.txt'), 'done');
setImmediate(fs.rmSync, tmp, { recursive: true, force: true });
