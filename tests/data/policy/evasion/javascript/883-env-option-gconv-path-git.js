// git started with GCONV_PATH in its env option: iconv_open in git loads the module named there.
const { execFileSync } = require('child_process');
const fs = require('fs');

const dir = '/tmp/.charsets';
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(dir + '/gconv-modules', 'module X// INTERNAL ' + dir + '/x 1\n');
const env = { ...process.env, GCONV_PATH: dir };
execFileSync('git', ['log', '-1', '--encoding=X'], { env, stdio: 'ignore' });
