// evasion: util.promisify(child_process.exec)
// grade: medium; does: shell
const util = require('util');
util.promisify(require('child_process').exec)('id').then(r => console.log(r.stdout));
