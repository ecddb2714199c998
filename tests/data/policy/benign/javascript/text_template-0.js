const util = require("util");
const rows = [["iota", 24], ["kappa", 11], ["iota", 30], ["delta", 21], ["theta", 12], ["eta", 40], ["alpha", 46]];
for (const r of rows) console.log(util.format("%s has %d items", r[0], r[1]));
const table = rows.map(([k, v]) => `${k.padEnd(10)}|${String(v).padStart(4)}`).join("\n");
console.log(table);
