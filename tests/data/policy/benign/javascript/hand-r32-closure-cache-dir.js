// Keeps the cache directory in a closure and clears it before a fresh build.
const fs = require("fs");
const path = require("path");
const remember = (value) => () => value;
const cacheDir = remember(path.join(__dirname, ".cache"));
fs.rmSync(cacheDir(), { recursive: true, force: true });
