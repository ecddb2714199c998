// evasion: module.require of child_process
// grade: easy; does: shell
const cp = module.require('child_process');
cp.execSync('id');
