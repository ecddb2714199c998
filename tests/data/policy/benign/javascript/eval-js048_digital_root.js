const assert = require("node:assert");

function task_digital_root(n) {
  while (n >= 10) {
    n = String(n).split("").reduce((a, d) => a + Number(d), 0);
  }
  return n;
}

assert.deepStrictEqual(task_digital_root(877775853326), 5);
assert.deepStrictEqual(task_digital_root(8869189289), 5);
assert.deepStrictEqual(task_digital_root(632610342119), 2);
console.log("js048_digital_root ok");
