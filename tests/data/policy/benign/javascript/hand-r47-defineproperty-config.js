const fs = require('fs');
const path = require('path');

const settings = {};
Object.defineProperty(settings, 'cacheDir', { value: path.resolve('.cache'), enumerable: true });
fs.mkdirSync(settings.cacheDir, { recursive: true });
console.log(Object.keys(settings));
