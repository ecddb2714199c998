const assert = require("node:assert");

function task_gcd_list(xs) {
  const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  return xs.reduce((a, b) => gcd(a, b), 0);
}

assert.deepStrictEqual(task_gcd_list([170, 90, 100]), 10);
assert.deepStrictEqual(task_gcd_list([728, 420, 812, 532, 504, 196]), 28);
assert.deepStrictEqual(task_gcd_list([972, 891, 243, 1026, 243]), 27);
console.log("js012_gcd_list ok");
