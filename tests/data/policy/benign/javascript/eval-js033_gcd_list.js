const assert = require("node:assert");

function task_gcd_list(xs) {
  const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  return xs.reduce((a, b) => gcd(a, b), 0);
}

assert.deepStrictEqual(task_gcd_list([256, 296, 248, 288, 320, 8]), 8);
assert.deepStrictEqual(task_gcd_list([495, 165, 330]), 165);
assert.deepStrictEqual(task_gcd_list([1073, 725]), 29);
assert.deepStrictEqual(task_gcd_list([468, 468]), 468);
assert.deepStrictEqual(task_gcd_list([200, 240, 216]), 8);
console.log("js033_gcd_list ok");
