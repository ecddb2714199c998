const assert = require("node:assert");

function task_transpose(m) {
  if (m.length === 0) return [];
  return m[0].map((_, j) => m.map((row) => row[j]));
}

assert.deepStrictEqual(task_transpose([[2, 7, 1, 4], [1, 4, 6, 6]]), [[2, 1], [7, 4], [1, 6], [4, 6]]);
assert.deepStrictEqual(task_transpose([[0], [1], [2], [8], [1]]), [[0, 1, 2, 8, 1]]);
assert.deepStrictEqual(task_transpose([[1, 5, 7, 5], [2, 5, 2, 2]]), [[1, 2], [5, 5], [7, 2], [5, 2]]);
console.log("js068_transpose ok");
