const assert = require("node:assert");

function task_to_base(n, b) {
  return n.toString(b);
}

assert.deepStrictEqual(task_to_base(386372192, 13), "6207c6cb");
assert.deepStrictEqual(task_to_base(901122494, 34), "jsaxoq");
assert.deepStrictEqual(task_to_base(260766941, 14), "268bd981");
console.log("js017_to_base ok");
