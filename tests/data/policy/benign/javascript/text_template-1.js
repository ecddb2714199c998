const util = require("util");
const rows = [["theta", 15], ["sigma", 23], ["delta", 32], ["zeta", 3]];
for (const r of rows) console.log(util.format("%s has %d items", r[0], r[1]));
const table = rows.map(([k, v]) => `${k.padEnd(10)}|${String(v).padStart(4)}`).join("\n");
console.log(table);
