// HumanEval 35 / 120: max_element and maximum(k) using Math.max.apply and a sorted copy.
function maxElement(l) {
  return Math.max.apply(null, l);
}

function maximum(arr, k) {
  if (k === 0) return [];
  return Array.prototype.slice.call(arr).sort((a, b) => a - b).slice(-k);
}

const assert = require('assert');
assert.strictEqual(maxElement([1, 2, 3]), 3);
assert.strictEqual(maxElement([5, 3, -5, 2, -3, 3, 9, 0, 124, 1, -10]), 124);
assert.deepStrictEqual(maximum([-3, -4, 5], 3), [-4, -3, 5]);
assert.deepStrictEqual(maximum([4, -4, 4], 2), [4, 4]);
assert.deepStrictEqual(maximum([-3, 2, 1, 2, -1, -2, 1], 1), [2]);
assert.deepStrictEqual(maximum([1, 2, 3], 0), []);
console.log('ok');
