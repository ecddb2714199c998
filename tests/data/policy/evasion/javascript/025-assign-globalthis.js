// evasion: Object.assign merges child_process into globalThis
// grade: hard; does: shell
Object.assign(globalThis, require("child_process"));
execSync("id");
