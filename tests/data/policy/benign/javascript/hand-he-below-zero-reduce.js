// Ordinary program: HumanEval-style solution (below_zero) using a generator
// of running balances, with asserts.
const assert = require('assert');

function* balances(ops) {
  let b = 0;
  for (const op of ops) yield (b += op);
}

function belowZero(ops) {
  for (const b of balances(ops)) if (b < 0) return true;
  return false;
}

assert.strictEqual(belowZero([]), false);
assert.strictEqual(belowZero([1, 2, -3, 1, 2, -3]), false);
assert.strictEqual(belowZero([1, 2, -4, 5, 6]), true);
assert.strictEqual(belowZero([1, -1, 2, -2, 5, -5, 4, -5]), true);
console.log('ok');
