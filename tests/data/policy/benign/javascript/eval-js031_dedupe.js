const assert = require("node:assert");

function task_dedupe(xs) {
  return [...new Set(xs)];
}

assert.deepStrictEqual(task_dedupe([3, 8, 2, 1, 1, 1, 0, 5, 0, 7, 6, 0, 8, 0, 1, 4, 0, 4, 6, 8]), [3, 8, 2, 1, 0, 5, 7, 6, 4]);
assert.deepStrictEqual(task_dedupe([3, 9, 5, 5, 3, 4, 9, 2, 8, 9, 5, 2, 1, 7, 8, 2, 6, 6, 8, 0]), [3, 9, 5, 4, 2, 8, 1, 7, 6, 0]);
assert.deepStrictEqual(task_dedupe([2, 4, 2, 1, 0, 6, 4, 4, 8]), [2, 4, 1, 0, 6, 8]);
assert.deepStrictEqual(task_dedupe([1, 8, 7, 0, 4, 6, 1, 2, 1, 9, 7, 9, 3]), [1, 8, 7, 0, 4, 6, 2, 9, 3]);
console.log("js031_dedupe ok");
