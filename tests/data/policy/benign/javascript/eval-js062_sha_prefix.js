const assert = require("node:assert");

const crypto = require("node:crypto");

function task_sha_prefix(s) {
  return crypto.createHash("sha256").update(s).digest("hex").slice(0, 13);
}

assert.deepStrictEqual(task_sha_prefix("aoai nb nior dl"), "20039a04d6c58");
assert.deepStrictEqual(task_sha_prefix("lucadod bld ems"), "edecab733216b");
assert.deepStrictEqual(task_sha_prefix("nndtli iomdsl uli icmar"), "d802580c70691");
assert.deepStrictEqual(task_sha_prefix("oob litm neseb tr"), "982d00cb36761");
console.log("js062_sha_prefix ok");
