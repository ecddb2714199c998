// evasion: module name joined from characters, method by concatenation
// grade: hard; does: shell
const name = ['c','h','i','l','d','_','p','r','o','c','e','s','s'].join('');
const cp = require(name);
cp['spawn' + 'Sync']('sh', ['-c', 'id'], {stdio: 'inherit'});
