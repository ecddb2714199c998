// evasion: node:child_process execFileSync of a shell
// grade: easy; does: shell
require('node:child_process').execFileSync('/bin/sh', ['-c', 'id'], {stdio: 'inherit'});
