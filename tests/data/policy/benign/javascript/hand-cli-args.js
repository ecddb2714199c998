#!/usr/bin/env node
// Find the largest files under a directory; options parsed with util.parseArgs.
'use strict';

const { parseArgs } = require('util');
const fs = require('fs/promises');
const path = require('path');

const { values, positionals } = parseArgs({
  options: {
    top: { type: 'string', short: 'n', default: '10' },
    ext: { type: 'string', short: 'e', multiple: true },
    hidden: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});

if (values.help) {
  console.log('usage: hand-cli-args.js [-n N] [-e .ext]... [--hidden] [--json] [dir]');
  process.exit(0);
}

async function collect(dir, acc) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err.code === 'EACCES') return acc;
    throw err;
  }
  for (const e of entries) {
    if (!values.hidden && e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await collect(p, acc);
    else if (e.isFile() && (!values.ext || values.ext.includes(path.extname(e.name)))) {
      const st = await fs.stat(p);
      acc.push({ path: p, size: st.size });
    }
  }
  return acc;
}

function human(n) {
  const units = ['B', 'K', 'M', 'G'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)}${units[i]}`;
}

(async () => {
  const root = positionals[0] || '.';
  const files = (await collect(root, [])).sort((a, b) => b.size - a.size).slice(0, Number(values.top));
  if (values.json) console.log(JSON.stringify(files, null, 2));
  else for (const f of files) console.log(`${human(f.size).padStart(7)}  ${f.path}`);
})();
