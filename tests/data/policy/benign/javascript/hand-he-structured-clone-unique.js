// HumanEval-style solution (unique): returns sorted unique elements without
// mutating the input; the input is copied with structuredClone first, with asserts.
'use strict';

const assert = require('assert');

function unique(l) {
  const copy = structuredClone(l);
  return [...new Set(copy)].sort((a, b) => a - b);
}

const input = [5, 3, 5, 2, 3, 3, 9, 0, 123];
assert.deepStrictEqual(unique(input), [0, 2, 3, 5, 9, 123]);
assert.deepStrictEqual(input, [5, 3, 5, 2, 3, 3, 9, 0, 123]);
assert.deepStrictEqual(unique([]), []);
assert.deepStrictEqual(unique([1, 1, 1]), [1]);
console.log('ok');
