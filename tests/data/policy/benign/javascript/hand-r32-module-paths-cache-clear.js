// Clears the bundler cache kept in the nearest node_modules directory.
const fs = require("fs");
const path = require("path");
const cache = path.join(module.paths[0], ".cache", "bundler");
fs.rmSync(cache, { recursive: true, force: true });
