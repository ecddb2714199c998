// Ordinary HumanEval-style solution (find_closest_elements): sorts the numbers and
// picks the adjacent pair with the smallest gap; the result object is read back with a
// destructuring pattern whose keys are computed.
function findClosestElements(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  let best = { lo: sorted[0], hi: sorted[1], gap: Math.abs(sorted[1] - sorted[0]) };
  for (let i = 1; i < sorted.length - 1; i++) {
    const gap = sorted[i + 1] - sorted[i];
    if (gap < best.gap) best = { lo: sorted[i], hi: sorted[i + 1], gap };
  }
  const fields = ['lo', 'hi'];
  const { [fields[0]]: a, [fields[1]]: b } = best;
  return [a, b];
}

const assert = require('assert');
assert.deepStrictEqual(findClosestElements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2]), [3.9, 4.0]);
assert.deepStrictEqual(findClosestElements([1.0, 2.0, 5.9, 4.0, 5.0]), [5.0, 5.9]);
assert.deepStrictEqual(findClosestElements([1.0, 2.0, 3.0, 4.0, 5.0, 2.2]), [2.0, 2.2]);
assert.deepStrictEqual(findClosestElements([1.1, 2.2, 3.1, 4.1, 5.1]), [2.2, 3.1]);
console.log('ok');
