// Lists the GitLab CLI aliases the user has set up.
const fs = require('fs');
const os = require('os');
const path = require('path');

const p = path.join(os.homedir(), '.config', 'glab-cli', 'aliases.yml');
const text = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
for (const line of text.split('\n')) if (line.includes(':')) console.log(line.split(':')[0]);
