// Shows where Composer keeps its cache on this machine.
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.config', 'composer', 'cache');
console.log('composer cache:', dir);
