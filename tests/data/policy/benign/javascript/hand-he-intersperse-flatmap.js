// Ordinary program: HumanEval-style solution (intersperse) with flatMap and asserts.
const assert = require('assert');

const intersperse = (xs, d) => xs.flatMap((x, i) => (i ? [d, x] : [x]));

assert.deepStrictEqual(intersperse([], 7), []);
assert.deepStrictEqual(intersperse([5, 6, 3, 2], 8), [5, 8, 6, 8, 3, 8, 2]);
assert.deepStrictEqual(intersperse([2, 2, 2], 2), [2, 2, 2, 2, 2]);
console.log('ok');
