const assert = require("node:assert");

function task_sum_multiples(n) {
  let s = 0;
  for (let i = 0; i < n; i++) if (i % 11 === 0 || i % 7 === 0) s += i;
  return s;
}

assert.deepStrictEqual(task_sum_multiples(1145), 145537);
assert.deepStrictEqual(task_sum_multiples(2790), 857966);
assert.deepStrictEqual(task_sum_multiples(2873), 911755);
assert.deepStrictEqual(task_sum_multiples(285), 8853);
assert.deepStrictEqual(task_sum_multiples(2711), 811227);
console.log("js032_sum_multiples ok");
