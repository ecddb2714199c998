// Ordinary CLI: loads formatter plugins listed in the project's
// plugins.json with dynamic import() of local files, then applies them.
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

async function loadPlugins(root) {
  const cfg = JSON.parse(fs.readFileSync(path.join(root, 'plugins.json'), 'utf8'));
  const out = [];
  for (const rel of cfg.plugins || []) {
    const mod = await import(pathToFileURL(path.join(root, 'plugins', rel)).href);
    out.push(mod.default || mod);
  }
  return out;
}

async function main() {
  const root = process.cwd();
  const plugins = await loadPlugins(root);
  let text = fs.readFileSync(process.argv[2] || 'README.md', 'utf8');
  for (const p of plugins) text = p.format ? p.format(text) : text;
  process.stdout.write(text);
}

main();
