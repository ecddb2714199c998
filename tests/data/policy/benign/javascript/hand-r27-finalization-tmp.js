const fs = require("fs");
const os = require("os");
const path = require("path");
const registry = new FinalizationRegistry((dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ws-"));
registry.register({ id: 1 }, dir);
