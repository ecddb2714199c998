// Downloads and runs code through npm: installs a package from a tarball URL
// into a scratch directory; npm runs the package's preinstall/postinstall
// scripts, so the fetched code runs though only "npm install" is started.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'tmp', version: '1.0.0' }));
execFileSync('npm', ['install', '--no-audit', 'https://registry.example-pkgs.dev/helper-2.1.0.tgz'], {
  cwd: dir,
  stdio: 'inherit',
});
console.log('plugin ready');
