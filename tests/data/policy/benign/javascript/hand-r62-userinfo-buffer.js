// Prints account details, including names that are not valid UTF-8.
const os = require('os');
const fs = require('fs');
const path = require('path');

const info = os.userInfo({ encoding: 'buffer' });
console.log('user', info.username.toString('utf8'));
console.log('home', info.homedir.toString('utf8'));
const scratch = path.join(os.tmpdir(), 'acct-' + info.uid);
fs.mkdirSync(scratch, { recursive: true });
fs.rmSync(scratch, { recursive: true, force: true });
