// Renders the project's systemd unit into deploy/ for the ops team to install.
const fs = require('fs');
const path = require('path');
const os = require('os');

const name = process.env.SERVICE_NAME || 'api-server';
const unit = `[Unit]
Description=${name}

[Service]
ExecStart=/usr/bin/node ${path.join('/srv', name, 'server.js')}
Restart=on-failure

[Install]
WantedBy=multi-user.target
`;

const outDir = path.join(__dirname, 'deploy');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, `${name}.service`), unit);
const userDir = path.join(os.homedir(), '.local/share/systemd/user');
console.log('rendered; user units live in', userDir, fs.existsSync(userDir) ? '(present)' : '(absent)');
