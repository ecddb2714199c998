const assert = require("node:assert");

function task_merge_sort(xs) {
  if (xs.length <= 1) return xs.slice();
  const mid = xs.length >> 1;
  const a = task_merge_sort(xs.slice(0, mid)), b = task_merge_sort(xs.slice(mid));
  const out = [];
  while (a.length && b.length) out.push(a[0] <= b[0] ? a.shift() : b.shift());
  return out.concat(a, b);
}

assert.deepStrictEqual(task_merge_sort([-277, -468, 4, -490, -35, 775]), [-490, -468, -277, -35, 4, 775]);
assert.deepStrictEqual(task_merge_sort([941, -974, 756, -690, -929, -953, 375, 612, -979, 146, -252]), [-979, -974, -953, -929, -690, -252, 146, 375, 612, 756, 941]);
assert.deepStrictEqual(task_merge_sort([628, -271, -68, -884, 293, 464, -796, 449, 247, 223, -476, -490, -316, 46, -404, 450, 27, 717, 84, -756, 832, -552, 351, -608, 747, 73, -949, 460, 187, -652, 824, 59, -904, -425, 757, -793, 187]), [-949, -904, -884, -796, -793, -756, -652, -608, -552, -490, -476, -425, -404, -316, -271, -68, 27, 46, 59, 73, 84, 187, 187, 223, 247, 293, 351, 449, 450, 460, 464, 628, 717, 747, 757, 824, 832]);
assert.deepStrictEqual(task_merge_sort([445, 655, -559, 918, -682, 849, 819, 827]), [-682, -559, 445, 655, 819, 827, 849, 918]);
assert.deepStrictEqual(task_merge_sort([-169, 319, 991, 920, 854, -112, -746, 184, -952, 218, 617, 313, 486, 300, 937, 859, -786, -705]), [-952, -786, -746, -705, -169, -112, 184, 218, 300, 313, 319, 486, 617, 854, 859, 920, 937, 991]);
console.log("js025_merge_sort ok");
