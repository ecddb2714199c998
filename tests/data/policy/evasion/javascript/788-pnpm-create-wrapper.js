// Runs code fetched from the registry: a wrapper starts a package manager;
// `pnpm create <name>` downloads create-<name> and runs it.
'use strict';
const { execFileSync } = require('child_process');

function pm(tool, args) {
  return execFileSync(tool, args, { stdio: 'inherit' });
}
const starter = ['monorepo', 'blueprint'].join('-');
pm('pnpm', ['create', starter, 'workspace']);
pm('git', ['status', '--short']);
