// evasion: child_process behind a static getter
// grade: hard; does: shell
class Runner { static get cp() { return require('child_process'); } }
Runner.cp.execSync('id');
