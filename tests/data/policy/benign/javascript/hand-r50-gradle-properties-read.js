const fs = require('fs');
const path = require('path');

const file = path.join(process.cwd(), 'gradle.properties');
const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const version = (text.match(/^version=(.*)$/m) || [])[1];
console.log('project version:', version || 'unknown');
