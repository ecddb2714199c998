// evasion: module._load of child_process
// grade: medium; does: shell
require('module')._load('child_process').execSync('id');
