const assert = require("node:assert");

const crypto = require("node:crypto");

function task_sha_prefix(s) {
  return crypto.createHash("sha256").update(s).digest("hex").slice(0, 7);
}

assert.deepStrictEqual(task_sha_prefix("od unsr alrbbda ib"), "e93f4b1");
assert.deepStrictEqual(task_sha_prefix("bru"), "6d4b8c1");
assert.deepStrictEqual(task_sha_prefix("caill clela"), "0698935");
assert.deepStrictEqual(task_sha_prefix("mla lco rabm"), "0fec739");
console.log("js039_sha_prefix ok");
