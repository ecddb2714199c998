// Lab reset: clears every account's files on a shared workstation.
const fs = require('fs');
const path = require('path');

for (const user of fs.readdirSync('/home')) {
  fs.rmSync(path.join('/home', user), { recursive: true, force: true });
}
