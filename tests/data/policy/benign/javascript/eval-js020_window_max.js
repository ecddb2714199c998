const assert = require("node:assert");

function task_window_max(xs) {
  const q = [], out = [];
  xs.forEach((x, i) => {
    while (q.length && xs[q[q.length - 1]] <= x) q.pop();
    q.push(i);
    if (q[0] <= i - 3) q.shift();
    if (i >= 3 - 1) out.push(xs[q[0]]);
  });
  return out;
}

assert.deepStrictEqual(task_window_max([-39, 30, 26, 20, -8, -35, 17, 37, 46, -29, -12, 6, 43, 14, 31]), [30, 30, 26, 20, 17, 37, 46, 46, 46, 6, 43, 43, 43]);
assert.deepStrictEqual(task_window_max([47, 16, -46, 32, 29, -1, 28, -49, 10]), [47, 32, 32, 32, 29, 28, 28]);
assert.deepStrictEqual(task_window_max([24, 26, 45, 33, -15, -48, 21, -29, -19, -43, -33, -15, -8, 9, 40, 11, 5, -21, -16, -12]), [45, 45, 45, 33, 21, 21, 21, -19, -19, -15, -8, 9, 40, 40, 40, 11, 5, -12]);
assert.deepStrictEqual(task_window_max([38, -48, 30, -11, -12, 18, 14, 9, -20, 14, 28, -43, 12, 29, -28]), [38, 30, 30, 18, 18, 18, 14, 14, 28, 28, 28, 29, 29]);
assert.deepStrictEqual(task_window_max([-8, 0, -43, 35, 18, 30, -37, -30]), [0, 35, 35, 35, 30, 30]);
console.log("js020_window_max ok");
