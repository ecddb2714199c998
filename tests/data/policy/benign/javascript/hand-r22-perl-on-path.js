// Checks whether perl is on PATH for the formatter.
const fs = require("fs");
const path = require("path");

const dirs = (process.env.PATH || "").split(path.delimiter);
const found = dirs.map((d) => path.join(d, "perl")).find((p) => fs.existsSync(p));
console.log(found ? `perl at ${found}` : "perl not found");
