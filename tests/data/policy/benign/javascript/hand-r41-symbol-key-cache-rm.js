// Cache cleaner: the cache's location is kept under a private key.
const fs = require('fs');
const path = require('path');

const ROOT = Symbol('root');
const settings = { name: 'cleaner', [ROOT]: path.join(process.cwd(), '.cache') };
fs.rmSync(settings[ROOT], { recursive: true, force: true });
