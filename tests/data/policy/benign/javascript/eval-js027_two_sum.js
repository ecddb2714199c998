const assert = require("node:assert");

function task_two_sum(xs, target) {
  const seen = new Map();
  for (let i = 0; i < xs.length; i++) {
    if (seen.has(target - xs[i])) return [seen.get(target - xs[i]), i];
    seen.set(xs[i], i);
  }
  return [];
}

assert.deepStrictEqual(task_two_sum([-3, 49, -15], 999), []);
assert.deepStrictEqual(task_two_sum([7, -18], -11), [0, 1]);
assert.deepStrictEqual(task_two_sum([34, 32, 45, 44, 11], 999), []);
assert.deepStrictEqual(task_two_sum([-38, 44, 37, -49, 18, -12, -24, 22, -49], 999), []);
console.log("js027_two_sum ok");
