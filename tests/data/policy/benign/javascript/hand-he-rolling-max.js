// Ordinary program: HumanEval-style solution (rolling_max) with asserts.
const assert = require('assert');

function rollingMax(numbers) {
  const out = [];
  let best = -Infinity;
  for (const n of numbers) {
    best = Math.max(best, n);
    out.push(best);
  }
  return out;
}

assert.deepStrictEqual(rollingMax([]), []);
assert.deepStrictEqual(rollingMax([1, 2, 3, 4]), [1, 2, 3, 4]);
assert.deepStrictEqual(rollingMax([4, 3, 2, 1]), [4, 4, 4, 4]);
assert.deepStrictEqual(rollingMax([3, 2, 3, 100, 3]), [3, 3, 3, 100, 100]);
console.log('ok');
