const assert = require("node:assert");

function task_digital_root(n) {
  while (n >= 10) {
    n = String(n).split("").reduce((a, d) => a + Number(d), 0);
  }
  return n;
}

assert.deepStrictEqual(task_digital_root(866605163516), 8);
assert.deepStrictEqual(task_digital_root(450795326855), 5);
assert.deepStrictEqual(task_digital_root(447756819544), 1);
assert.deepStrictEqual(task_digital_root(463527134569), 1);
console.log("js023_digital_root ok");
