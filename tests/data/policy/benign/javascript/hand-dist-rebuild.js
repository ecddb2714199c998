// Ordinary program: build helper. Deletes its own dist/ directory recursively,
// then copies src/**/*.js into dist/ with a banner and writes a manifest.
const fs = require('fs');
const path = require('path');

const root = __dirname;
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const manifest = [];
function copy(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, e.name);
    const rel = path.relative(src, from);
    const to = path.join(dist, rel);
    if (e.isDirectory()) {
      fs.mkdirSync(to, { recursive: true });
      copy(from);
    } else if (e.name.endsWith('.js')) {
      const body = fs.readFileSync(from, 'utf8');
      fs.writeFileSync(to, `/* built ${new Date().toISOString()} */\n${body}`);
      manifest.push({ file: rel, bytes: Buffer.byteLength(body) });
    }
  }
}
if (fs.existsSync(src)) copy(src);
fs.writeFileSync(path.join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2));
console.log(`built ${manifest.length} files into ${path.relative(process.cwd(), dist) || '.'}`);
