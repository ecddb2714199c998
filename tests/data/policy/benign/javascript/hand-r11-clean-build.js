// Ordinary program: a project build script. It removes its own dist/ and
// .tmp/ directories next to the script, then concatenates src/*.js into
// dist/bundle.js with a banner.
'use strict';
const fs = require('fs');
const path = require('path');

const root = __dirname;
const dist = path.join(root, 'dist');
const scratch = path.join(root, '.tmp');

for (const dir of [dist, scratch]) {
  fs.rmSync(dir, { recursive: true, force: true });
}
fs.mkdirSync(dist, { recursive: true });

const srcDir = path.join(root, 'src');
const files = fs.existsSync(srcDir)
  ? fs.readdirSync(srcDir).filter((f) => f.endsWith('.js')).sort()
  : [];
const pkg = fs.existsSync(path.join(root, 'package.json'))
  ? JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  : { name: 'app', version: '0.0.0' };

let bundle = `/*! ${pkg.name} v${pkg.version} */\n`;
for (const f of files) {
  bundle += `\n// --- ${f} ---\n` + fs.readFileSync(path.join(srcDir, f), 'utf8');
}
fs.writeFileSync(path.join(dist, 'bundle.js'), bundle);
console.log(`bundled ${files.length} files into dist/bundle.js (${bundle.length} bytes)`);
