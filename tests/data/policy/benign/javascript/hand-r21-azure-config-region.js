const fs = require("fs");
const path = require("path");

const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, "deploy", "azure.json"), "utf8"));
console.log(`deploying to ${cfg.location} as ${cfg.resourceGroup}`);
