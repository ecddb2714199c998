const assert = require("node:assert");

const memo = new Map();
function task_fib_memo(n) {
  if (n < 2) return n;
  if (!memo.has(n)) memo.set(n, (task_fib_memo(n - 1) + task_fib_memo(n - 2)) % 999983);
  return memo.get(n);
}

assert.deepStrictEqual(task_fib_memo(391), 169270);
assert.deepStrictEqual(task_fib_memo(30), 832040);
assert.deepStrictEqual(task_fib_memo(322), 361000);
console.log("js030_fib_memo ok");
