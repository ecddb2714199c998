// evasion: module.createRequire with a concatenated name
// grade: hard; does: shell
const { createRequire } = require('module');
const r = createRequire(__filename);
r('child_' + 'process').execSync('id');
