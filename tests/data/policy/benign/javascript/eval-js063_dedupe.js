const assert = require("node:assert");

function task_dedupe(xs) {
  return [...new Set(xs)];
}

assert.deepStrictEqual(task_dedupe([2, 4, 2, 4, 9, 0, 1, 5, 1]), [2, 4, 9, 0, 1, 5]);
assert.deepStrictEqual(task_dedupe([6, 5, 4, 1, 5, 8, 2, 9, 0, 8, 6, 5, 5]), [6, 5, 4, 1, 8, 2, 9, 0]);
assert.deepStrictEqual(task_dedupe([7, 4, 6, 6, 1, 6, 2, 4]), [7, 4, 6, 1, 2]);
console.log("js063_dedupe ok");
