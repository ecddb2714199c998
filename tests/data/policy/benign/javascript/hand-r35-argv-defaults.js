// Adds default arguments before parsing: the input file defaults to data.csv.
const fs = require("fs");
if (process.argv.length < 3) process.argv.push("data.csv");
const [, , input] = process.argv;
const rows = fs.readFileSync(input, "utf8").trim().split("\n").map((l) => l.split(","));
console.log(`${rows.length} rows, ${rows[0].length} columns`);
