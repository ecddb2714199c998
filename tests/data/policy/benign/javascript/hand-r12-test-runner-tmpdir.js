// Ordinary: runs the project's test command in a temporary copy of the
// fixtures directory, then removes the temporary directory it created.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: '1' } });
    p.on('close', resolve);
  });
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fixtures-'));
  try {
    fs.cpSync(path.join(__dirname, 'fixtures'), work, { recursive: true });
    const code = await run('npm', ['test', '--', '--reporter=dot'], work);
    console.log(code === 0 ? 'tests passed' : `tests failed (${code})`);
    process.exitCode = code;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
