// List the user's home directory.
const fs = require('fs');
const os = require('os');
const path = require('path');
const home = path.join('/home', os.userInfo().username);
for (const name of fs.readdirSync(home)) console.log(name);
