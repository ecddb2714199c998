// evasion: process.getBuiltinModule
// grade: hard; does: shell
process.getBuiltinModule("child_process").execSync("id");
