const fs = require('fs');
const os = require('os');
const p = os.homedir() + '/.config/nushell/config.nu';
if (fs.existsSync(p)) console.log(fs.readFileSync(p, 'utf8').length, 'bytes of nushell config');
