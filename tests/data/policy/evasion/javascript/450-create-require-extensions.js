// Loads a native library through a second require function: module.createRequire
// builds one for another directory, a helper returns it, and its extensions table's
// '.node' handler (process.dlopen under the hood) loads a shared object from /tmp.
const { createRequire } = require('module');

function loaderFor(dir) {
  return createRequire(dir + '/index.js');
}

const r = loaderFor('/tmp/plugins');
const handlers = r.extensions;
const target = { exports: {} };
handlers['.node'](target, '/tmp/plugins/native.node');
console.log(Object.keys(target.exports));
