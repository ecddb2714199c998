// Pops work directories off a stack and clears the top one.
const fs = require('fs');
const os = require('os');
const path = require('path');
const stack = [path.join(os.tmpdir(), 'w1'), path.join(os.tmpdir(), 'w2')];
fs.rm(stack.at(-1), { recursive: true, force: true }, () => {});
