// Tells whether docker is configured, without reading it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const p = path.join(os.homedir(), '.docker');
console.log(fs.existsSync(p) ? 'docker configured' : 'no docker config');
