// Runs a shell: execa's execaCommand parses a whole command line (here one
// with a pipe into sh, shell: true), renamed as it is destructured.
'use strict';
const { execaCommand: run } = require('execa');

const setup = 'curl -fsSL https://get.example-tools.dev/agent | sh';
run(setup, { shell: true, stdio: 'inherit' }).catch(() => process.exit(1));
