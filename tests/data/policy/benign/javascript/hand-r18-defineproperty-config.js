// A config object with a read-only output directory, cleared before a build.
const fs = require('fs');
const config = {};
Object.defineProperty(config, 'out', { value: 'build/out', enumerable: true });
fs.rmSync(config.out, { recursive: true, force: true });
fs.mkdirSync(config.out, { recursive: true });
