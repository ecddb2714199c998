// sort_third: values at indices divisible by three are sorted, drawn from a generator; others kept.
'use strict';
const assert = require('node:assert/strict');

function* everyThird(list) {
  for (let i = 0; i < list.length; i += 3) yield list[i];
}

function sortThird(list) {
  const sorted = [...everyThird(list)].sort((a, b) => a - b);
  const it = sorted[Symbol.iterator]();
  return list.map((v, i) => (i % 3 === 0 ? it.next().value : v));
}

const cases = [
  [[1, 2, 3], [1, 2, 3]],
  [[5, 6, 3, 4, 8, 9, 2], [2, 6, 3, 4, 8, 9, 5]],
  [[5, 8, 3, 4, 6, 9, 2], [2, 8, 3, 4, 6, 9, 5]],
  [[5, 6, 9, 4, 8, 3, 2], [2, 6, 9, 4, 8, 3, 5]],
  [[5, 6, 3, 4, 8, 9, 2, 1], [2, 6, 3, 4, 8, 9, 5, 1]],
];
for (const [input, want] of cases) assert.deepEqual(sortThird(input), want);
console.log('ok');
