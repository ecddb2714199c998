// evasion: the module name looked up in an object
// grade: medium; does: shell
const mods = { a: 'fs', b: 'child_process' };
const m = require(mods['b']);
m.execSync('id');
