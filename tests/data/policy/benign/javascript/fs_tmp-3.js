const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sigma-"));
const file = path.join(dir, "data.json");
fs.writeFileSync(file, JSON.stringify({ n: 7, tags: ["a", "b"] }));
const back = JSON.parse(fs.readFileSync(file, "utf8"));
console.log(back.n, back.tags.length);
fs.rmSync(dir, { recursive: true, force: true });
