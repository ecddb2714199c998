const assert = require("node:assert");

function task_prefix_sums(xs) {
  const sums = [];
  xs.reduce((a, x) => { sums.push(a + x); return a + x; }, 0);
  let best = 0;
  for (let j = 0; j < sums.length; j++) best = Math.max(best, sums[j] - Math.min(0, ...sums.slice(0, j)));
  return [sums, best];
}

assert.deepStrictEqual(task_prefix_sums([-15, 24, -30]), [[-15, 9, -21], 24]);
assert.deepStrictEqual(task_prefix_sums([-46, -20, 29, -22, -2, 48]), [[-46, -66, -37, -59, -61, -13], 53]);
assert.deepStrictEqual(task_prefix_sums([-26, -25, -48, 9, -10, 43]), [[-26, -51, -99, -90, -100, -57], 43]);
console.log("js038_prefix_sums ok");
