// HumanEval-style solution (sum_squares): rounds each number up and sums the
// squares; the values are produced by an async generator and consumed with
// for await, with asserts.
'use strict';

const assert = require('assert');

async function* ceiled(lst) {
  for (const x of lst) yield Math.ceil(x);
}

async function sumSquares(lst) {
  let total = 0;
  for await (const v of ceiled(lst)) total += v * v;
  return total;
}

(async () => {
  assert.strictEqual(await sumSquares([1, 2, 3]), 14);
  assert.strictEqual(await sumSquares([1.0, 2, 3]), 14);
  assert.strictEqual(await sumSquares([1, 3, 5, 7]), 84);
  assert.strictEqual(await sumSquares([1.4, 4.2, 0]), 29);
  assert.strictEqual(await sumSquares([-2.4, 1, 1]), 6);
  assert.strictEqual(await sumSquares([]), 0);
  console.log('ok');
})();
