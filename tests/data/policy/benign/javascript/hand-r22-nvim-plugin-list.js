// Lists installed Neovim plugins.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.config', 'nvim', 'plugin');
const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
for (const n of names) console.log(n.replace(/\.lua$/, ''));
