const assert = require("node:assert");

function task_transpose(m) {
  if (m.length === 0) return [];
  return m[0].map((_, j) => m.map((row) => row[j]));
}

assert.deepStrictEqual(task_transpose([[7, 8, 0, 2], [4, 3, 5, 6], [9, 7, 6, 3]]), [[7, 4, 9], [8, 3, 7], [0, 5, 6], [2, 6, 3]]);
assert.deepStrictEqual(task_transpose([[5, 7, 1], [6, 2, 8]]), [[5, 6], [7, 2], [1, 8]]);
assert.deepStrictEqual(task_transpose([[7, 6, 3, 1]]), [[7], [6], [3], [1]]);
console.log("js047_transpose ok");
