const fs = require("fs");

const text = fs.readFileSync(__dirname + "/CHANGELOG.md", "utf8");
if (/## \[(\d+)\.(\d+)\.(\d+)\]/.test(text)) {
  console.log(`latest ${RegExp.$1}.${RegExp.$2}.${RegExp.$3}`);
}
