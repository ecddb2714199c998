// Tell the user whether the tunnel client has been logged in.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.cloudflared');
console.log(fs.existsSync(dir) ? 'tunnel client configured' : 'run the login first');
