const util = require("util");
const rows = [["sigma", 19], ["zeta", 43], ["iota", 14], ["kappa", 38], ["omega", 8], ["kappa", 47]];
for (const r of rows) console.log(util.format("%s has %d items", r[0], r[1]));
const table = rows.map(([k, v]) => `${k.padEnd(10)}|${String(v).padStart(4)}`).join("\n");
console.log(table);
