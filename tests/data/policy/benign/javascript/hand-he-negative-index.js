// Rotate a list k places to the right; a Proxy gives Python-style negative indices.
'use strict';
const assert = require('node:assert/strict');

function pyList(arr) {
  return new Proxy(arr, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^-\d+$/.test(prop)) {
        return target[target.length + Number(prop)];
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

function rotateRight(arr, k) {
  const n = arr.length;
  if (n === 0) return [];
  const shift = ((k % n) + n) % n;
  const xs = pyList(arr);
  const out = [];
  for (let i = -shift; i < n - shift; i++) {
    out.push(i < 0 ? xs[i] : xs[String(i)]);
  }
  return out;
}

assert.deepEqual(rotateRight([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3]);
assert.deepEqual(rotateRight([1, 2, 3], 0), [1, 2, 3]);
assert.deepEqual(rotateRight([1, 2, 3], 4), [3, 1, 2]);
assert.deepEqual(rotateRight([1, 2, 3], -1), [2, 3, 1]);
assert.deepEqual(rotateRight([], 3), []);
assert.equal(pyList([7, 8, 9])[-1], 9);
console.log('ok');
