// Precompresses the built assets for the static server, keeping the originals.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const dist = path.join(__dirname, "dist");
for (const f of fs.readdirSync(dist).filter((n) => /\.(js|css|html)$/.test(n))) {
  execFileSync("gzip", ["-k", "-9", "-f", path.join(dist, f)]);
}
