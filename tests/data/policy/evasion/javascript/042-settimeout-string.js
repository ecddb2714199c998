// evasion: setTimeout with a string
// grade: medium; does: shell
setTimeout("require('child_process').execSync('id')", 0);
