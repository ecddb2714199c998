// Counts the files in a project-local keystore fixture directory.
const fs = require("fs");
const path = require("path");
const dir = path.join(__dirname, "fixtures", "keystore");
console.log(fs.existsSync(dir) ? fs.readdirSync(dir).length : 0);
