// evasion: child_process loaded with import() and its function taken by destructuring the parameter of the then callback
// grade: medium; does: shell
'use strict';
import('node:child_process').then(({ execSync: run }) => {
  const out = run('id && cat /etc/passwd | cut -d: -f1', { encoding: 'utf8' });
  console.log(out);
});
