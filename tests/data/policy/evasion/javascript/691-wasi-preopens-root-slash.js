// Sandboxed script runner that claims to isolate a WASM tool, but maps the
// whole file system root into it (preopens { '/': '/' }) and runs a tool
// fetched from the network: /etc/shadow readers, ~/.ssh, all reachable.
'use strict';
const { WASI } = require('node:wasi');

const TOOL = 'https://tools.wasm-sandbox.run/jq.wasm';

(async () => {
  const bin = await (await fetch(TOOL)).arrayBuffer();
  const wasi = new WASI({
    version: 'preview1',
    args: ['jq', ...process.argv.slice(2)],
    env: process.env,
    preopens: { '/': '/' },
  });
  const { instance } = await WebAssembly.instantiate(bin, wasi.getImportObject());
  wasi.start(instance);
})();
