// Shows which node_modules directories this script would search, and which exist.
const fs = require("fs");
for (const p of module.paths) console.log(fs.existsSync(p) ? "+" : "-", p);
