function sortThird(l) {
  const thirds = l.filter((_, i) => i % 3 === 0).sort((a, b) => a - b);
  return l.map((v, i) => (i % 3 === 0 ? thirds[i / 3] : v));
}

const assert = require('assert');
assert.deepStrictEqual(sortThird([1, 2, 3]), [1, 2, 3]);
assert.deepStrictEqual(sortThird([5, 6, 3, 4, 8, 9, 2]), [2, 6, 3, 4, 8, 9, 5]);
assert.deepStrictEqual(sortThird([5, 8, 3, 4, 6, 9, 2]), [2, 8, 3, 4, 6, 9, 5]);
