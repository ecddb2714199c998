// evasion: spread of child_process into another object
// grade: hard; does: shell
const tools = { ...require("child_process"), name: "t" };
tools.execSync("id");
