// HumanEval-style: encode and decode base64 strings, checked with asserts.
const assert = require("assert");
function roundTrip(s) {
  const enc = Buffer.from(s, "utf8").toString("base64");
  return Buffer.from(enc, "base64").toString("utf8");
}
for (const s of ["", "abc", "héllo wörld", "a".repeat(100)]) assert.strictEqual(roundTrip(s), s);
console.log("ok");
