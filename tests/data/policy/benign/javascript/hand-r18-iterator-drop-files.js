// Removes all but the first log file in logs/.
const fs = require('fs');
const path = require('path');
const files = fs.readdirSync('logs').sort();
for (const f of Iterator.from(files).drop(1).toArray()) fs.rmSync(path.join('logs', f), { force: true });
