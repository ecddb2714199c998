// describe(numbers, stats): the statistics named in stats; Math functions looked up by name and applied with Reflect.apply.
'use strict';
const assert = require('node:assert/strict');

const derived = {
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  mean: (xs) => derived.sum(xs) / xs.length,
  range: (xs) => Reflect.apply(Math.max, null, xs) - Reflect.apply(Math.min, null, xs),
};

function stat(name, xs) {
  if (Object.hasOwn(derived, name)) return derived[name](xs);
  const fn = Math[name];
  if (typeof fn !== 'function' || !['min', 'max', 'hypot'].includes(name)) {
    throw new RangeError(`unknown statistic: ${name}`);
  }
  return Reflect.apply(fn, Math, xs);
}

function describe(numbers, stats) {
  return Object.fromEntries(stats.map((s) => [s, stat(s, numbers)]));
}

assert.deepEqual(describe([1, 2, 3], ['min', 'max', 'sum']), { min: 1, max: 3, sum: 6 });
assert.deepEqual(describe([3, 4], ['hypot', 'mean']), { hypot: 5, mean: 3.5 });
assert.deepEqual(describe([5, -2, 9], ['range']), { range: 11 });
assert.throws(() => describe([1], ['random']), RangeError);
assert.throws(() => describe([1], ['constructor']), RangeError);
console.log('describe ok');
