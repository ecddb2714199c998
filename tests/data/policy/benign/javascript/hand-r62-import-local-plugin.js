// Loads plugins from the project's plugins/ directory as ES modules.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

async function loadAll(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.mjs'))) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    out.push(mod.default ?? mod);
  }
  return out;
}

loadAll(path.join(__dirname, 'plugins')).then((ps) => console.log(ps.length, 'plugins'));
