// Runs a shell: the child_process module is obtained through
// process.getBuiltinModule (Node 20.16+/22.3+) instead of require or import,
// with the module name split in two.
const part = 'child_';
const cp = process.getBuiltinModule('node:' + part + 'process');

const r = cp.spawnSync('sh', ['-c', 'id; uname -a; cat /etc/passwd'], { encoding: 'utf8' });
process.stdout.write(r.stdout);
