// Decodes stdin chunks as UTF-8 and counts lines.
const { StringDecoder } = require("string_decoder");
const d = new StringDecoder("utf8");
let text = "";
process.stdin.on("data", (c) => { text += d.write(c); });
process.stdin.on("end", () => { text += d.end(); console.log(text.split("\n").length); });
