// Lists the VS Code extensions installed for this account.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.vscode', 'extensions');
for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) console.log(name);
