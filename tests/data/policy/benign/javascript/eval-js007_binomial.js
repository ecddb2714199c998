const assert = require("node:assert");

function task_binomial(n, k) {
  let c = 1n;
  for (let i = 0n; i < BigInt(k); i++) c = c * (BigInt(n) - i) / (i + 1n);
  return Number(c % 998244353n);
}

assert.deepStrictEqual(task_binomial(21, 4), 5985);
assert.deepStrictEqual(task_binomial(73, 19), 886829632);
assert.deepStrictEqual(task_binomial(70, 27), 902853841);
console.log("js007_binomial ok");
