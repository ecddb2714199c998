// Reads the project's firebase.json and prints its hosting public directory.
const fs = require("fs");
const cfg = JSON.parse(fs.readFileSync("firebase.json", "utf8"));
console.log(cfg.hosting && cfg.hosting.public);
