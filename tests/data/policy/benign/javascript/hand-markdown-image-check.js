#!/usr/bin/env node
// Ordinary docs helper: walks a docs directory, finds image references in markdown
// files, checks that local images exist and that remote images answer a HEAD request.
'use strict';

const fs = require('fs');
const path = require('path');

const IMG = /!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

function* markdownFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(p);
    else if (entry.name.endsWith('.md')) yield p;
  }
}

async function checkRemote(url) {
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow' });
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    return err.message;
  }
}

async function main() {
  const root = process.argv[2] || 'docs';
  let broken = 0;
  for (const file of markdownFiles(root)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [, ref] of text.matchAll(IMG)) {
      let problem = null;
      if (/^https?:\/\//.test(ref)) problem = await checkRemote(ref);
      else if (!fs.existsSync(path.resolve(path.dirname(file), ref))) problem = 'missing file';
      if (problem) {
        broken++;
        console.log(`${file}: ${ref} (${problem})`);
      }
    }
  }
  console.log(broken ? `${broken} broken images` : 'all images ok');
  process.exitCode = broken ? 1 : 0;
}

main();
