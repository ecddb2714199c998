// evasion: require.call
// grade: hard; does: shell
require.call(null, "child_process").execSync("id");
