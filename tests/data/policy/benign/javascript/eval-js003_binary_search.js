const assert = require("node:assert");

function task_binary_search(xs, x) {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo < xs.length && xs[lo] === x ? lo : -1;
}

assert.deepStrictEqual(task_binary_search([-478, -444, -415, -378, -353, -260, -253, -127, -98, -68, 3, 27, 47, 204, 225, 242, 248, 298, 299, 324, 333, 366, 372, 440, 498], 366), 21);
assert.deepStrictEqual(task_binary_search([-451, -89, -66, 172, 215, 225, 271, 277, 279, 313, 344, 455], -89), 1);
assert.deepStrictEqual(task_binary_search([-79, 328], 1000), -1);
assert.deepStrictEqual(task_binary_search([-475, -423, -352, -336, -308, -207, -198, -172, -98, -79, -65, 33, 96, 123, 130, 185, 337, 364, 401, 429, 441, 483, 500], -198), 6);
assert.deepStrictEqual(task_binary_search([-485, -462, -396, -393, -367, -318, -289, -225, -139, -127, -107, -76, 5, 39, 47, 116, 161, 241, 245, 249, 390, 403, 439], -393), 3);
console.log("js003_binary_search ok");
