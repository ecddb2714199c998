// Prints which registry npm is configured to use.
const { execFileSync } = require("child_process");
const registry = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim();
console.log(`registry: ${registry}`);
