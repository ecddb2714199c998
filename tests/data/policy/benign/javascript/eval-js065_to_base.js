const assert = require("node:assert");

function task_to_base(n, b) {
  return n.toString(b);
}

assert.deepStrictEqual(task_to_base(652320990, 6), "144421300330");
assert.deepStrictEqual(task_to_base(266663168, 9), "616686078");
assert.deepStrictEqual(task_to_base(455279121, 24), "2945n39");
assert.deepStrictEqual(task_to_base(914820714, 14), "896d768a");
assert.deepStrictEqual(task_to_base(801754416, 33), "kg1wvc");
console.log("js065_to_base ok");
