// evasion: Reflect.get of a joined method name
// grade: hard; does: shell
const cp = require('child_process');
const fnName = 'exec' + ['S', 'y', 'n', 'c'].join('');
Reflect.get(cp, fnName)('id');
