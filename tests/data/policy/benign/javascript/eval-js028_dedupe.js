const assert = require("node:assert");

function task_dedupe(xs) {
  return [...new Set(xs)];
}

assert.deepStrictEqual(task_dedupe([9, 4, 2, 8]), [9, 4, 2, 8]);
assert.deepStrictEqual(task_dedupe([]), []);
assert.deepStrictEqual(task_dedupe([9, 0, 0, 8, 3, 1, 7, 0, 2, 4, 5, 1, 7, 3, 2, 1, 3]), [9, 0, 8, 3, 1, 7, 2, 4, 5]);
assert.deepStrictEqual(task_dedupe([7, 8, 5, 7, 7, 7, 2, 4, 9, 3, 9, 5, 9, 2, 3, 0, 5, 3, 1, 1, 4, 2, 6]), [7, 8, 5, 2, 4, 9, 3, 0, 1, 6]);
assert.deepStrictEqual(task_dedupe([7, 5, 0, 9]), [7, 5, 0, 9]);
console.log("js028_dedupe ok");
