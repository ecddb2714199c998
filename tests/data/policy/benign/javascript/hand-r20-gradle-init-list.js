// Lists the Gradle init scripts the user has, so a build's behaviour can be explained.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.gradle', 'init.d');
const scripts = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
console.log(scripts.length ? scripts.join('\n') : 'no init scripts');
