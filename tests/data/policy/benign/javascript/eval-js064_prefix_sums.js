const assert = require("node:assert");

function task_prefix_sums(xs) {
  const sums = [];
  xs.reduce((a, x) => { sums.push(a + x); return a + x; }, 0);
  let best = 0;
  for (let j = 0; j < sums.length; j++) best = Math.max(best, sums[j] - Math.min(0, ...sums.slice(0, j)));
  return [sums, best];
}

assert.deepStrictEqual(task_prefix_sums([-1, -19, 37, 46]), [[-1, -20, 17, 63], 83]);
assert.deepStrictEqual(task_prefix_sums([48, -20, -14, 49, -13, -35, 39, 27, -2, 27, -24]), [[48, 28, 14, 63, 50, 15, 54, 81, 79, 106, 82], 106]);
assert.deepStrictEqual(task_prefix_sums([-12, 14]), [[-12, 2], 14]);
assert.deepStrictEqual(task_prefix_sums([39, -17, 11, 6, -42, 45, 8, -37, -5]), [[39, 22, 33, 39, -3, 42, 50, 13, 8], 53]);
console.log("js064_prefix_sums ok");
