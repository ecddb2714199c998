const fs = require("fs");
const path = require("path");

const file = path.join(__dirname, "r-project", ".Rprofile");
const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
const libs = text.match(/library\((\w+)\)/g) || [];
console.log("R libraries loaded at start:", libs.length);
