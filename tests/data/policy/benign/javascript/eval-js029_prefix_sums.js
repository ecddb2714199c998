const assert = require("node:assert");

function task_prefix_sums(xs) {
  const sums = [];
  xs.reduce((a, x) => { sums.push(a + x); return a + x; }, 0);
  let best = 0;
  for (let j = 0; j < sums.length; j++) best = Math.max(best, sums[j] - Math.min(0, ...sums.slice(0, j)));
  return [sums, best];
}

assert.deepStrictEqual(task_prefix_sums([-34]), [[-34], 0]);
assert.deepStrictEqual(task_prefix_sums([-9, 6, 7, -40, -10]), [[-9, -3, 4, -36, -46], 13]);
assert.deepStrictEqual(task_prefix_sums([-16, 6, -9, -22, -25, -3, -26, -39, -4, -20, 17, 17, 17]), [[-16, -10, -19, -41, -66, -69, -95, -134, -138, -158, -141, -124, -107], 51]);
console.log("js029_prefix_sums ok");
