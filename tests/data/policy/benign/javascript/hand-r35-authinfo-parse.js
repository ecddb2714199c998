// Parses netrc/authinfo-format text and checks the parser with asserts.
const assert = require("assert");
function parseAuthinfo(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const t = line.trim().split(/\s+/);
    if (t.length < 2) continue;
    const e = {};
    for (let i = 0; i + 1 < t.length; i += 2) e[t[i]] = t[i + 1];
    out.push(e);
  }
  return out;
}
const rows = parseAuthinfo("machine a.example login u password p\nmachine b login v port 993 password q\n");
assert.strictEqual(rows.length, 2);
assert.strictEqual(rows[1].port, "993");
console.log("ok");
