const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.homedir(), '.snowflake');
console.log(fs.existsSync(dir) ? 'snowflake cli configured' : 'no snowflake cli');
