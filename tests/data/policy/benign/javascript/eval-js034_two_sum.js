const assert = require("node:assert");

function task_two_sum(xs, target) {
  const seen = new Map();
  for (let i = 0; i < xs.length; i++) {
    if (seen.has(target - xs[i])) return [seen.get(target - xs[i]), i];
    seen.set(xs[i], i);
  }
  return [];
}

assert.deepStrictEqual(task_two_sum([14, 41, 29], 999), []);
assert.deepStrictEqual(task_two_sum([31, -21, -7, 45, 36], 999), []);
assert.deepStrictEqual(task_two_sum([-13, -37, 35, -46, 2, 26, -14, -3, 8, 50, -29, 10], 999), []);
console.log("js034_two_sum ok");
