// HumanEval-style: hex-encode identifiers and decode them back, checked with asserts.
const assert = require("assert");
const toHex = (s) => Buffer.from(s).toString("hex");
const fromHex = (h) => Buffer.from(h, "hex").toString();
assert.strictEqual(toHex("ab"), "6162");
assert.strictEqual(fromHex(toHex("user-42")), "user-42");
console.log("ok");
