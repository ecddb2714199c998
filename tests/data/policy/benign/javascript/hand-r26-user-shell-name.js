// Show which login shell the account uses.
const os = require('os');
const path = require('path');
const info = os.userInfo();
console.log(`${info.username} uses ${path.basename(info.shell || 'sh')}`);
