const assert = require("node:assert");

function task_binomial(n, k) {
  let c = 1n;
  for (let i = 0n; i < BigInt(k); i++) c = c * (BigInt(n) - i) / (i + 1n);
  return Number(c % 998244353n);
}

assert.deepStrictEqual(task_binomial(90, 12), 284225993);
assert.deepStrictEqual(task_binomial(20, 19), 20);
assert.deepStrictEqual(task_binomial(61, 30), 129053517);
assert.deepStrictEqual(task_binomial(86, 39), 821810437);
assert.deepStrictEqual(task_binomial(70, 46), 660267752);
console.log("js073_binomial ok");
