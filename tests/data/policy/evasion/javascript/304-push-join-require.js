// evasion: the module name's parts pushed onto an empty array and joined: the array folded as its literal ([]) gave require('')
// grade: hard; does: shell
'use strict';
const parts = []; parts.push('child'); parts.push('process'); require(parts.join('_')).execSync('id');
