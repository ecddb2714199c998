// List packages in the local package cache.
const fs = require('fs');
const os = require('os');
const path = require('path');

const cache = path.join(os.homedir(), '.nuget', 'packages');
for (const name of fs.existsSync(cache) ? fs.readdirSync(cache) : []) console.log(name);
