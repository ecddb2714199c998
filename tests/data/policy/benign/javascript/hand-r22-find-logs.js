// Lists log files in the build directory.
const fs = require('fs');
const path = require('path');

const entries = fs.readdirSync('./build', { recursive: true });
for (const e of entries) if (String(e).endsWith('.log')) console.log(path.join('build', String(e)));
