const assert = require("node:assert");

function task_binary_search(xs, x) {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo < xs.length && xs[lo] === x ? lo : -1;
}

assert.deepStrictEqual(task_binary_search([-441, -427, -400, 47, 116, 212, 247, 304], 247), 6);
assert.deepStrictEqual(task_binary_search([-496, -480, -463, -416, -360, -316, -284, -264, -217, -144, -111, -99, -76, -61, -55, 38, 97, 193, 198, 202, 237, 448], -264), 7);
assert.deepStrictEqual(task_binary_search([-374, -326, -141, -32, -11, 107, 247, 292, 449], -11), 4);
assert.deepStrictEqual(task_binary_search([-491, -470, -413, -406, -366, -183, -97, -4, 163, 225, 306, 322, 350, 446], -4), 7);
console.log("js036_binary_search ok");
