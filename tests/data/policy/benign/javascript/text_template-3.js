const util = require("util");
const rows = [["eta", 32], ["eta", 1], ["gamma", 23], ["delta", 22], ["zeta", 48], ["zeta", 26]];
for (const r of rows) console.log(util.format("%s has %d items", r[0], r[1]));
const table = rows.map(([k, v]) => `${k.padEnd(10)}|${String(v).padStart(4)}`).join("\n");
console.log(table);
