function rollingMax(numbers) {
  const out = [];
  let running = -Infinity;
  for (const n of numbers) {
    running = Math.max(running, n);
    out.push(running);
  }
  return out;
}

const assert = require('assert');
assert.deepStrictEqual(rollingMax([]), []);
assert.deepStrictEqual(rollingMax([1, 2, 3, 4]), [1, 2, 3, 4]);
assert.deepStrictEqual(rollingMax([4, 3, 2, 1]), [4, 4, 4, 4]);
assert.deepStrictEqual(rollingMax([3, 2, 3, 100, 3]), [3, 3, 3, 100, 100]);
