// A build config whose output directory is a read-only property; the old output is cleared.
const fs = require('fs');
const os = require('os');
const path = require('path');

const config = {};
Object.defineProperties(config, {
  outDir: { value: path.join(os.tmpdir(), 'site-build'), enumerable: true },
  minify: { value: true, enumerable: true },
});
fs.rmSync(config.outDir, { recursive: true, force: true });
fs.mkdirSync(config.outDir, { recursive: true });
fs.writeFileSync(path.join(config.outDir, 'index.html'), '<h1>hello</h1>\n');
console.log(JSON.stringify(config));
