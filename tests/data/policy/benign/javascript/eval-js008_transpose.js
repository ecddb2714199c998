const assert = require("node:assert");

function task_transpose(m) {
  if (m.length === 0) return [];
  return m[0].map((_, j) => m.map((row) => row[j]));
}

assert.deepStrictEqual(task_transpose([[8, 1], [2, 3], [1, 2], [4, 2], [8, 1]]), [[8, 2, 1, 4, 8], [1, 3, 2, 2, 1]]);
assert.deepStrictEqual(task_transpose([[8, 1, 1]]), [[8], [1], [1]]);
assert.deepStrictEqual(task_transpose([[0, 1, 1], [5, 4, 8], [1, 2, 7]]), [[0, 5, 1], [1, 4, 2], [1, 8, 7]]);
assert.deepStrictEqual(task_transpose([[3, 3, 7, 5], [1, 7, 6, 1], [8, 8, 3, 4], [6, 7, 5, 0]]), [[3, 1, 8, 6], [3, 7, 8, 7], [7, 6, 3, 5], [5, 1, 4, 0]]);
assert.deepStrictEqual(task_transpose([[2, 1], [3, 3], [4, 6], [2, 0]]), [[2, 3, 4, 2], [1, 3, 6, 0]]);
console.log("js008_transpose ok");
