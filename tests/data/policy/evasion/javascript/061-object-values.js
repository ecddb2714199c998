// evasion: Object.values picks execSync
// grade: very-hard; does: shell
const fns = Object.values(require("child_process"));
const f = fns.find((x) => x.name === "execSync");
f("id");
