// evasion: vm.compileFunction of stdin
// grade: hard; does: shell
const vm = require('vm');
const src = require('fs').readFileSync('/dev/stdin', 'utf8');
vm.compileFunction(src)();
