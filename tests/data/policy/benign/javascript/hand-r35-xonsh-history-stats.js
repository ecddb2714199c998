// Reads a xonsh history export given on the command line and prints the top commands.
const fs = require("fs");
const file = process.argv[2] || "history.json";
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const counts = new Map();
for (const cmd of data.cmds || []) {
  const head = String(cmd.inp || "").trim().split(/\s+/)[0];
  if (head) counts.set(head, (counts.get(head) || 0) + 1);
}
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 10));
