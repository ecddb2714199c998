const assert = require("node:assert");

function task_window_max(xs) {
  const q = [], out = [];
  xs.forEach((x, i) => {
    while (q.length && xs[q[q.length - 1]] <= x) q.pop();
    q.push(i);
    if (q[0] <= i - 4) q.shift();
    if (i >= 4 - 1) out.push(xs[q[0]]);
  });
  return out;
}

assert.deepStrictEqual(task_window_max([22, 3, -48, 34]), [34]);
assert.deepStrictEqual(task_window_max([-30, -39, -5, 30, 1, -18, 0, -19, 0, 32, 14, 12, 47, 15, 34, 50, -30, -12, 49, -40]), [30, 30, 30, 30, 1, 0, 32, 32, 32, 47, 47, 47, 50, 50, 50, 50, 49]);
assert.deepStrictEqual(task_window_max([19, 45, -17, 41, 28, -20, 44, 17, 9, 2, 38, -43, 35, 13, 35, 44, -26, 29]), [45, 45, 41, 44, 44, 44, 44, 38, 38, 38, 38, 35, 44, 44, 44]);
assert.deepStrictEqual(task_window_max([-4, -18, -11, 8, -50, -36, 43, 23, -7, -4, -1, -27, 4, -30, 45, 46, -3, -16]), [8, 8, 8, 43, 43, 43, 43, 23, -1, 4, 4, 45, 46, 46, 46]);
assert.deepStrictEqual(task_window_max([30, 12, -26, 8]), [30]);
console.log("js056_window_max ok");
