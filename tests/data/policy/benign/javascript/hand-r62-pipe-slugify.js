// Builds output file names from titles with a small function pipeline.
const fs = require('fs');
const path = require('path');
const os = require('os');

const pipe = (...fns) => (input) => fns.reduce((value, fn) => fn(value), input);

const lower = (s) => s.toLowerCase();
const dashes = (s) => s.replace(/[^a-z0-9]+/g, '-');
const trim = (s) => s.replace(/^-+|-+$/g, '');
const slugify = pipe(lower, dashes, trim);

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slugs-'));
for (const title of ['Hello, World!', 'Release 2.0 notes', '  Spaces  ']) {
  fs.writeFileSync(path.join(outDir, slugify(title) + '.md'), `# ${title}\n`);
}
const remove = (p) => fs.rmSync(p, { recursive: true, force: true });
pipe((d) => path.resolve(d), remove)(outDir);
