const assert = require("node:assert");

function task_sum_multiples(n) {
  let s = 0;
  for (let i = 0; i < n; i++) if (i % 2 === 0 || i % 7 === 0) s += i;
  return s;
}

assert.deepStrictEqual(task_sum_multiples(1239), 437988);
assert.deepStrictEqual(task_sum_multiples(2673), 2041599);
assert.deepStrictEqual(task_sum_multiples(2653), 2009649);
assert.deepStrictEqual(task_sum_multiples(299), 25437);
console.log("js078_sum_multiples ok");
