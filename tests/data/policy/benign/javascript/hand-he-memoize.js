// Memoize a function by its arguments; count calls to show the cache works.
'use strict';
const assert = require('node:assert/strict');

function memoize(fn, keyOf = (...args) => JSON.stringify(args)) {
  const cache = new Map();
  const wrapped = function (...args) {
    const key = keyOf(...args);
    if (cache.has(key)) return cache.get(key);
    const value = fn.apply(this, args);
    cache.set(key, value);
    return value;
  };
  Object.defineProperty(wrapped, 'name', { value: `memo(${fn.name})` });
  wrapped.cache = cache;
  return wrapped;
}

let calls = 0;
function countPaths(r, c) {
  calls++;
  if (r === 0 || c === 0) return 1;
  return gridPaths(r - 1, c) + gridPaths(r, c - 1);
}
const gridPaths = memoize(countPaths);

const editDistance = memoize((a, b) => {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (a[0] === b[0]) return editDistance(a.slice(1), b.slice(1));
  return 1 + Math.min(editDistance(a.slice(1), b), editDistance(a, b.slice(1)), editDistance(a.slice(1), b.slice(1)));
});

assert.equal(gridPaths(16, 16), 601080390);
assert.equal(calls, 17 * 17 - 1); // every (r, c) but (0, 0) is computed once
assert.equal(gridPaths.name, 'memo(countPaths)');
assert.equal(editDistance('kitten', 'sitting'), 3);
assert.equal(editDistance('', 'abc'), 3);
console.log('ok');
