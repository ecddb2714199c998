const fs = require("fs");
const text = fs.readFileSync("./php.ini", "utf8");
const limits = text.split("\n").filter((l) => l.startsWith("memory_limit"));
console.log(limits);
