// Download and run: `registerHooks` destructured from node:module installs
// a load hook that returns downloaded text as the source of every module
// whose name starts with "remote:".
'use strict';
const { registerHooks } = require('node:module');
const https = require('node:https');

function get(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

get('https://cdn.example-mods.dev/bundle.js').then((code) => {
  registerHooks({
    resolve: (spec, ctx, next) => (spec.startsWith('remote:') ? { url: `file:///${spec.slice(7)}.js`, shortCircuit: true } : next(spec, ctx)),
    load: (url, ctx, next) => (url.startsWith('file:///') && !url.includes('node_modules') ? { format: 'commonjs', source: code, shortCircuit: true } : next(url, ctx)),
  });
  require('remote:main');
});
