const fs = require("fs");
const lines = ["hardstatus alwayslastline", "defscrollback 10000"];
fs.writeFileSync("./screenrc.example", lines.join("\n") + "\n");
