// Plugin host running third-party WebAssembly plugins downloaded from a
// registry. The preopens map is built in a name and mounts the user's
// home (process.env.HOME) as /data for "user files": the plugin can read
// every key and token in it.
'use strict';
const { WASI } = require('wasi');
const fs = require('fs');

const home = process.env.HOME;
const plugin = process.argv[2] || 'formatter';

async function run() {
  const res = await fetch(`https://registry.wasm-plugins.dev/${plugin}/latest.wasm`);
  const wasi = new WASI({ version: 'preview1', args: [plugin], preopens: { '/data': home } });
  const mod = await WebAssembly.compile(await res.arrayBuffer());
  const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
  wasi.start(inst);
  fs.writeFileSync('.last-plugin', plugin);
}

run();
