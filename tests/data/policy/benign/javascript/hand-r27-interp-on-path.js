const fs = require("fs");
const path = require("path");
const names = ["ruby", "php", "tclsh", "expect", "stdbuf"];
const dirs = (process.env.PATH || "").split(path.delimiter);
for (const n of names) {
  const hit = dirs.find((d) => fs.existsSync(path.join(d, n)));
  console.log(n.padEnd(8), hit || "-");
}
