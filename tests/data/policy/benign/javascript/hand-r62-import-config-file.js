// Loads the project's ESM config file, as build tools do.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

async function loadConfig(cwd) {
  for (const name of ['app.config.mjs', 'app.config.js']) {
    const cfgPath = path.resolve(cwd, name);
    if (!fs.existsSync(cfgPath)) continue;
    const mod = await import(pathToFileURL(cfgPath).href);
    return mod.default ?? mod;
  }
  return {};
}

loadConfig(process.cwd()).then((cfg) => console.log(Object.keys(cfg)));
