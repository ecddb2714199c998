function fib4(n) {
  const seq = [0, 0, 2, 0];
  if (n < 4) return seq[n];
  for (let i = 4; i <= n; i++) {
    seq.push(seq.at(-1) + seq.at(-2) + seq.at(-3) + seq.at(-4));
    seq.shift();
  }
  return seq.at(-1);
}

const assert = require('assert');
assert.strictEqual(fib4(5), 4);
assert.strictEqual(fib4(8), 28);
assert.strictEqual(fib4(10), 104);
assert.strictEqual(fib4(12), 386);
