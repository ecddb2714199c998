const assert = require("node:assert");

const crypto = require("node:crypto");

function task_sha_prefix(s) {
  return crypto.createHash("sha256").update(s).digest("hex").slice(0, 16);
}

assert.deepStrictEqual(task_sha_prefix("nmcemr ier rm"), "01163c302dc60391");
assert.deepStrictEqual(task_sha_prefix("bidbt nunds eol"), "a37228acbf4d8825");
assert.deepStrictEqual(task_sha_prefix("aelraa cou casmoll ieo"), "1faff184280d468f");
assert.deepStrictEqual(task_sha_prefix("mli ndbdlr iroaia"), "940e68c6acd6ff26");
assert.deepStrictEqual(task_sha_prefix("dmbsmm anra lt oriaa"), "cbd16578581b6b46");
console.log("js001_sha_prefix ok");
