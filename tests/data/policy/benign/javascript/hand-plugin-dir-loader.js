#!/usr/bin/env node
// Ordinary plugin host: loads every .mjs file of the project's plugins/ directory with
// a dynamic import of its file URL, and runs each plugin's transform over input text.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

async function loadPlugins(dir) {
  const plugins = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.mjs')) continue;
    const mod = await import(pathToFileURL(path.join(dir, name)).href);
    if (typeof mod.transform === 'function') plugins.push({ name, transform: mod.transform });
    else console.warn(`${name}: no transform export, skipped`);
  }
  return plugins;
}

async function main() {
  const [input = 'README.md'] = process.argv.slice(2);
  const plugins = await loadPlugins(path.join(__dirname, 'plugins'));
  let text = fs.readFileSync(input, 'utf8');
  for (const p of plugins) {
    text = await p.transform(text);
    console.error(`applied ${p.name}`);
  }
  process.stdout.write(text);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
