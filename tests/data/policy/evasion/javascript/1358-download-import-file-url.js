// Plugin loader: fetches the named plugin and loads it as an ES module.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const REGISTRY = 'https://plugins.example-registry.dev';

async function loadPlugin(name) {
  const res = await fetch(`${REGISTRY}/${name}/index.mjs`);
  if (!res.ok) throw new Error(`plugin ${name}: ${res.status}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
  const file = path.join(dir, 'index.mjs');
  fs.writeFileSync(file, await res.text());
  const mod = await import(pathToFileURL(file).href);
  return mod.default ?? mod;
}

loadPlugin(process.argv[2] || 'formatter')
  .then((p) => console.log('loaded', typeof p))
  .catch((e) => console.error(e.message));
