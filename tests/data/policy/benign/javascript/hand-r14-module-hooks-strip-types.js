// An ordinary loader: module.registerHooks() with a load hook that strips
// `// @ts-` comment lines from the project's own .js files before they are
// compiled; nothing is downloaded.
'use strict';
const { registerHooks } = require('node:module');
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.endsWith('.js') && !url.includes('/node_modules/')) {
      const text = fs.readFileSync(fileURLToPath(url), 'utf8');
      return { format: 'commonjs', source: text.replace(/^\s*\/\/ @ts-.*$/gm, ''), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

require('./src/main.js');
