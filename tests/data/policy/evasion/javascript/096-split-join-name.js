// evasion: the module name split and joined
// grade: medium; does: shell
const parts = 'child-process'.split('-');
require(parts.join('_')).execSync('id');
