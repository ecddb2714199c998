// Build nested path segments.
const path = require('path');
const segments = [['src', ['lib']], [['util'], 'index.js']];
console.log(path.join(...segments.flat(Infinity)));
