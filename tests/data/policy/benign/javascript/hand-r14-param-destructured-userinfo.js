// An ordinary report: a function destructures username and homedir from
// its parameter (called with os.userInfo()), prints them and removes only
// the tool's own cache below the home.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function cleanCache({ username, homedir }) {
  const dir = path.join(homedir, '.cache', 'report-tool');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${username}: removed ${dir}`);
}

cleanCache(os.userInfo());
