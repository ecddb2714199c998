// Parses key=value settings with a regex replacement and prints them.
const fs = require('fs');
const os = require('os');
const path = require('path');

const settings = [`cache=${path.join(os.tmpdir(), 'app-cache')}`, 'verbose=1'];

function valueOf(key) {
  const line = settings.find((s) => s.startsWith(key + '='));
  return line ? line.replace(/^(\w+)=(.*)$/, '$2') : undefined;
}

const dir = valueOf('cache');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'stamp'), String(Date.now()));
fs.rmSync(dir, { recursive: true, force: true });
console.log('home is', os.homedir().replace(/^(.*)\/([^/]+)$/, '$2'));
