// Ordinary program: CLI that inserts a table of contents between
// <!-- toc --> markers of a Markdown file, built from its ## and ### headings.
const fs = require('fs');

const file = process.argv[2] || 'README.md';
const text = fs.readFileSync(file, 'utf8');
const seen = new Map();
const items = [];
let inFence = false;
for (const line of text.split('\n')) {
  if (line.startsWith('```')) inFence = !inFence;
  const m = !inFence && /^(#{2,3})\s+(.*)$/.exec(line);
  if (!m) continue;
  let slug = m[2].toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');
  const n = seen.get(slug) || 0;
  seen.set(slug, n + 1);
  if (n) slug += `-${n}`;
  items.push(`${'  '.repeat(m[1].length - 2)}- [${m[2]}](#${slug})`);
}
const toc = `<!-- toc -->\n${items.join('\n')}\n<!-- tocstop -->`;
const out = text.replace(/<!-- toc -->[\s\S]*?<!-- tocstop -->/, toc);
if (process.argv.includes('--check')) process.exit(out === text ? 0 : 1);
fs.writeFileSync(file, out);
console.log(`${items.length} headings`);
