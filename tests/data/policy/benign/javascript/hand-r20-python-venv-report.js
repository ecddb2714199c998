// Reports the project's virtual environment: its Python version and its path files.
const fs = require('fs');
const path = require('path');

const venv = path.resolve('.venv');
const cfg = fs.readFileSync(path.join(venv, 'pyvenv.cfg'), 'utf8');
const version = (cfg.match(/^version\s*=\s*(.+)$/m) || [])[1] || 'unknown';
for (const lib of fs.readdirSync(path.join(venv, 'lib'))) {
  const site = path.join(venv, 'lib', lib, 'site-packages');
  const pth = fs.readdirSync(site).filter((f) => f.endsWith('.pth'));
  console.log(lib, 'python', version, pth.length, 'path files');
}
