// evasion: child_process reached through a forEach parameter
// grade: hard; does: shell
[require('child_process')].forEach((cp) => cp.execSync('id', {stdio: 'inherit'}));
