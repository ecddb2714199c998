const assert = require("node:assert");

function task_gcd_list(xs) {
  const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  return xs.reduce((a, b) => gcd(a, b), 0);
}

assert.deepStrictEqual(task_gcd_list([21, 252, 840, 21, 63]), 21);
assert.deepStrictEqual(task_gcd_list([702, 468]), 234);
assert.deepStrictEqual(task_gcd_list([114, 24, 18]), 6);
console.log("js071_gcd_list ok");
