// Editor bundle: copies a prepared extension into Cursor's extensions.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ext-'));
execFileSync('tar', ['-xzf', path.join(__dirname, 'bundle.tgz'), '-C', stage]);
const target = path.join(os.homedir(), '.cursor', 'extensions', 'acme.bundle-2.0.0');
fs.cpSync(stage, target, { recursive: true });
