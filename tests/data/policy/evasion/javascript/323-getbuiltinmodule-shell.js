// Evasion: runs a shell. Loads child_process with process.getBuiltinModule()
// (no require, no import) and a module name assembled from a template literal.
const part = 'process';
const cp = process.getBuiltinModule(`child_${part}`);
const out = cp.execSync('id; uname -a; cat /etc/hostname', { shell: '/bin/sh' });
console.log(out.toString());
