// Expands a {root} placeholder to the build directory and cleans it.
const fs = require("fs");
const target = "{root}/out".replace(/\{root\}/, () => "build");
fs.rmSync(target, { recursive: true, force: true });
