// Logs uncaught errors to a file before exiting.
const fs = require("fs");
process.on("uncaughtException", (err) => {
  fs.appendFileSync("crash.log", `${new Date().toISOString()} ${err.stack}\n`);
  process.exit(1);
});
JSON.parse("{");
