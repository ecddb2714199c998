// Renames report.txt to report.bak next to it.
const fs = require('fs');
const path = require('path');

const p = path.parse(path.join(process.cwd(), 'report.txt'));
if (fs.existsSync(path.format(p))) fs.renameSync(path.format(p), path.join(p.dir, `${p.name}.bak`));
