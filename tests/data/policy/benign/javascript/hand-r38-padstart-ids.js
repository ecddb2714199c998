// Zero-padded ids for file names.
const fs = require('fs');
for (let i = 1; i <= 3; i++) {
  const id = String(i).padStart(4, '0');
  fs.writeFileSync(`out-${id}.txt`, `item ${id}\n`);
}
