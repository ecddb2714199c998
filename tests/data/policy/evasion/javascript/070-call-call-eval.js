// evasion: Function.prototype.call.call(eval, null, code) of stdin
// grade: very hard; does: shell
const code = require('fs').readFileSync(0, 'utf8');
Function.prototype.call.call(eval, null, code);
