// HumanEval 111 (histogram) with a Proxy-backed default dictionary, and 136 via destructuring; with tests.
'use strict';
const assert = require('node:assert/strict');

function defaultDict(factory) {
  return new Proxy(
    {},
    {
      get(target, key, receiver) {
        if (typeof key === 'string' && !Reflect.has(target, key)) {
          target[key] = factory();
        }
        return Reflect.get(target, key, receiver);
      },
    }
  );
}

function histogram(test) {
  const counts = defaultDict(() => 0);
  for (const letter of test.split(' ').filter(Boolean)) counts[letter] += 1;
  const best = Math.max(0, ...Object.values(counts));
  const out = {};
  for (const [k, v] of Object.entries(counts)) if (v === best && best > 0) out[k] = v;
  return out;
}

function largestSmallestIntegers(lst) {
  const [neg, pos] = [lst.filter((x) => x < 0), lst.filter((x) => x > 0)];
  return [neg.length ? Math.max(...neg) : null, pos.length ? Math.min(...pos) : null];
}

assert.deepEqual(histogram('a b c'), { a: 1, b: 1, c: 1 });
assert.deepEqual(histogram('a b b a'), { a: 2, b: 2 });
assert.deepEqual(histogram('a b c a b'), { a: 2, b: 2 });
assert.deepEqual(histogram('b b b b a'), { b: 4 });
assert.deepEqual(histogram(''), {});
assert.deepEqual(largestSmallestIntegers([2, 4, 1, 3, 5, 7]), [null, 1]);
assert.deepEqual(largestSmallestIntegers([-1, -3, 0, 2]), [-1, 2]);
assert.deepEqual(largestSmallestIntegers([]), [null, null]);
console.log('ok');
