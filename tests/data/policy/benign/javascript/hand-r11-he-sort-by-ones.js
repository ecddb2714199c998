// Ordinary program: HumanEval-style solution. Sorts non-negative integers by
// the number of ones in their binary representation, then by value.
'use strict';
const assert = require('assert');

function sortArray(arr) {
  const ones = (x) => Math.abs(x).toString(2).split('').filter((c) => c === '1').length;
  return arr.slice().sort((a, b) => a - b).sort((a, b) => ones(a) - ones(b));
}

assert.deepStrictEqual(sortArray([1, 5, 2, 3, 4]), [1, 2, 4, 3, 5]);
assert.deepStrictEqual(sortArray([1, 0, 2, 3, 4]), [0, 1, 2, 4, 3]);
assert.deepStrictEqual(sortArray([]), []);
assert.deepStrictEqual(sortArray([2, 5, 77, 4, 5, 3, 5, 7, 2, 3, 4]), [2, 2, 4, 4, 3, 3, 5, 5, 5, 7, 77]);
console.log('ok');
