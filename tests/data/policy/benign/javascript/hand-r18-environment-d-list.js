// Lists the session environment snippets without changing them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.homedir(), '.config', 'environment.d');
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) console.log(f);
