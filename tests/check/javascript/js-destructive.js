//@ pos rmSync of /
const fs = require('fs');
fs.rmSync('/', { recursive: true, force: true });
//@ pos rm of the home directory with ~
require('fs').rm('~', { recursive: true }, () => {});
//@ pos fs.promises.rm of /etc
const fs = require('fs');
await fs.promises.rm('/etc', { recursive: true });
//@ pos fs/promises rmdir of /usr
import { rmdir } from 'node:fs/promises';
await rmdir('/usr/', { recursive: true });
//@ pos rmSync of os.homedir()
const os = require('os');
require('fs').rmSync(os.homedir(), { recursive: true, force: true });
//@ pos rmSync of process.env.HOME
const { rmSync } = require('fs');
rmSync(process.env.HOME, { recursive: true });
//@ pos rimraf of /
const rimraf = require('rimraf');
rimraf.sync('/');
//@ pos fs-extra removeSync
const fse = require('fs-extra');
fse.removeSync('/home');
//@ pos / hidden in concatenation
require('fs').rmSync('/' + '', { recursive: true });
//@ neg removing a build directory
const fs = require('fs');
fs.rmSync('./dist', { recursive: true, force: true });
fs.rmSync('/tmp/build-cache', { recursive: true });
//@ neg removing a file in the home directory
const fs = require('fs'), path = require('path'), os = require('os');
fs.rmSync(path.join(os.homedir(), '.cache', 'x.tmp'));
//@ neg a local rm function
function rm(p) { console.log('would remove', p); }
rm('/');
//@ pos the home directory emptied entry by entry
const fs = require("fs"), os = require("os"), path = require("path");
for (const f of fs.readdirSync(os.homedir())) {
  fs.rmSync(path.join(os.homedir(), f), { recursive: true, force: true });
}
//@ pos the root emptied entry by entry
const fs2 = require("fs");
for (const f of fs2.readdirSync("/")) fs2.rmSync("/" + f, { recursive: true });
//@ neg a build directory emptied entry by entry
const fs3 = require("fs");
for (const f of fs3.readdirSync("build")) fs3.rmSync("build/" + f, { recursive: true });
