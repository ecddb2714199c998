const assert = require("node:assert");

function task_sum_multiples(n) {
  let s = 0;
  for (let i = 0; i < n; i++) if (i % 11 === 0 || i % 7 === 0) s += i;
  return s;
}

assert.deepStrictEqual(task_sum_multiples(2219), 542651);
assert.deepStrictEqual(task_sum_multiples(1783), 350676);
assert.deepStrictEqual(task_sum_multiples(2507), 693829);
assert.deepStrictEqual(task_sum_multiples(2212), 540439);
assert.deepStrictEqual(task_sum_multiples(2599), 747471);
console.log("js019_sum_multiples ok");
