// HumanEval-style solution: sort_array — sort ascending if the sum of the first
// and last value is odd, descending otherwise; returns a copy.
'use strict';
const assert = require('assert');

function sortArray(arr) {
  if (arr.length === 0) return [];
  const copy = [...arr];
  const desc = (arr[0] + arr[arr.length - 1]) % 2 === 0;
  return copy.sort((a, b) => (desc ? b - a : a - b));
}

assert.deepStrictEqual(sortArray([]), []);
assert.deepStrictEqual(sortArray([5]), [5]);
assert.deepStrictEqual(sortArray([2, 4, 3, 0, 1, 5]), [0, 1, 2, 3, 4, 5]);
assert.deepStrictEqual(sortArray([2, 4, 3, 0, 1, 5, 6]), [6, 5, 4, 3, 2, 1, 0]);
console.log('ok');
