// Builds two bundles into temporary directories at once, copies them out and removes the directories.
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const [a, b] = await Promise.all([
    fs.promises.mkdtemp(path.join(os.tmpdir(), 'bundle-a-')),
    fs.promises.mkdtemp(path.join(os.tmpdir(), 'bundle-b-')),
  ]);
  fs.writeFileSync(path.join(a, 'out.js'), '// a\n');
  fs.writeFileSync(path.join(b, 'out.js'), '// b\n');
  fs.mkdirSync('dist', { recursive: true });
  fs.copyFileSync(path.join(a, 'out.js'), 'dist/a.js');
  fs.copyFileSync(path.join(b, 'out.js'), 'dist/b.js');
  for (const d of [a, b]) fs.rmSync(d, { recursive: true, force: true });
}
main();
