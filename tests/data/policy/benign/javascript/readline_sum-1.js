const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin });
let sum = 0;
rl.on("line", (line) => (sum += Number(line) || 0));
rl.on("close", () => console.log("gamma", sum));
