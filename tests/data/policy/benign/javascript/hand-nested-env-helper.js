#!/usr/bin/env node
// Run the package's build and test scripts in turn, each with the inherited
// environment plus CI settings built by a helper declared inside main().
'use strict';
const { spawnSync } = require('child_process');

function main() {
  function stepEnv(step) {
    return { ...process.env, CI: 'true', NO_COLOR: '1', STEP: step };
  }
  let failed = 0;
  for (const script of ['build', 'test']) {
    const r = spawnSync('npm', ['run', script, '--silent'], { env: stepEnv(script), stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`${script} failed (${r.status})`);
      failed++;
    }
  }
  return failed;
}

process.exitCode = main() ? 1 : 0;
