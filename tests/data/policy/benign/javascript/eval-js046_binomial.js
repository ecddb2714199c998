const assert = require("node:assert");

function task_binomial(n, k) {
  let c = 1n;
  for (let i = 0n; i < BigInt(k); i++) c = c * (BigInt(n) - i) / (i + 1n);
  return Number(c % 998244353n);
}

assert.deepStrictEqual(task_binomial(9, 7), 36);
assert.deepStrictEqual(task_binomial(52, 47), 2598960);
assert.deepStrictEqual(task_binomial(54, 28), 732334537);
assert.deepStrictEqual(task_binomial(22, 4), 7315);
assert.deepStrictEqual(task_binomial(48, 39), 678862287);
console.log("js046_binomial ok");
