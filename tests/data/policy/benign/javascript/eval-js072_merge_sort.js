const assert = require("node:assert");

function task_merge_sort(xs) {
  if (xs.length <= 1) return xs.slice();
  const mid = xs.length >> 1;
  const a = task_merge_sort(xs.slice(0, mid)), b = task_merge_sort(xs.slice(mid));
  const out = [];
  while (a.length && b.length) out.push(a[0] <= b[0] ? a.shift() : b.shift());
  return out.concat(a, b);
}

assert.deepStrictEqual(task_merge_sort([659, -355, -172, -505, 104, 234, 343, -468]), [-505, -468, -355, -172, 104, 234, 343, 659]);
assert.deepStrictEqual(task_merge_sort([-807, -912]), [-912, -807]);
assert.deepStrictEqual(task_merge_sort([707, 29, -672, -571, 835, 597, -633, -806, 989, 955, -94, 967, -975, 329, 943, 249, -404, -796, -559, -177, -547, 823, -901, -251, 782]), [-975, -901, -806, -796, -672, -633, -571, -559, -547, -404, -251, -177, -94, 29, 249, 329, 597, 707, 782, 823, 835, 943, 955, 967, 989]);
assert.deepStrictEqual(task_merge_sort([355, -80, 121, 922, 769, 27, 612, 268, 796, 489, 759, -486, -78, 985, -727, 787, -36, -946, -895, 348, -926, 96, -235, 243, 149, -198]), [-946, -926, -895, -727, -486, -235, -198, -80, -78, -36, 27, 96, 121, 149, 243, 268, 348, 355, 489, 612, 759, 769, 787, 796, 922, 985]);
assert.deepStrictEqual(task_merge_sort([-571, 153, -76, 788, -601, -484, -206, -757, -169, 899, 893, 350, 208, -550, -102, 285, -569, -643, -740, 546, 986, 149]), [-757, -740, -643, -601, -571, -569, -550, -484, -206, -169, -102, -76, 149, 153, 208, 285, 350, 546, 788, 893, 899, 986]);
console.log("js072_merge_sort ok");
