// Counts words in the tracked Markdown files.
const { execFileSync } = require('child_process');
const fs = require('fs');

const files = execFileSync('git', ['ls-files', '-z', '*.md'], { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);
for (const f of files) console.log(f, fs.readFileSync(f, 'utf8').split(/\s+/).length);
