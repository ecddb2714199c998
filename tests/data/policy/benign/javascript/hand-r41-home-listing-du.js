// Reports how many accounts have a home directory.
const fs = require('fs');
const path = require('path');

for (const user of fs.readdirSync('/home')) {
  const st = fs.statSync(path.join('/home', user));
  console.log(user, st.isDirectory() ? 'dir' : 'other');
}
