const assert = require("node:assert");

const memo = new Map();
function task_fib_memo(n) {
  if (n < 2) return n;
  if (!memo.has(n)) memo.set(n, (task_fib_memo(n - 1) + task_fib_memo(n - 2)) % 65521);
  return memo.get(n);
}

assert.deepStrictEqual(task_fib_memo(296), 29362);
assert.deepStrictEqual(task_fib_memo(161), 19621);
assert.deepStrictEqual(task_fib_memo(364), 21033);
console.log("js042_fib_memo ok");
