// evasion: Proxy forwards to child_process
// grade: hard; does: shell
const p = new Proxy({}, { get: (_, k) => require("child_process")[k] });
p.execSync("id");
