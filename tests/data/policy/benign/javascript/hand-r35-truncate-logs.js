// Truncates the project's log files under ./logs instead of deleting them (the daemons keep them open).
const fs = require("fs");
const path = require("path");
const dir = path.join(__dirname, "logs");
for (const ent of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (ent.isFile() && ent.name.endsWith(".log")) fs.truncateSync(path.join(ent.parentPath ?? ent.path, ent.name), 0);
}
