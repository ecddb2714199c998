// Compose unary functions right to left; uses call/apply/bind the way utility libraries do.
'use strict';
const assert = require('node:assert/strict');

function compose(...fns) {
  if (fns.length === 0) return (x) => x;
  return function composed(...args) {
    const last = fns[fns.length - 1];
    return fns.slice(0, -1).reduceRight((acc, fn) => fn.call(this, acc), last.apply(this, args));
  };
}

const slice = Function.prototype.call.bind(Array.prototype.slice);

function countWordsLongerThan(n) {
  return compose(
    (words) => words.length,
    (words) => words.filter((w) => w.length > n),
    (text) => text.split(/\W+/).filter(Boolean),
  );
}

const obj = {
  factor: 3,
  scaled: compose(function (x) { return x * this.factor; }, (a, b) => a + b),
};

assert.equal(countWordsLongerThan(3)('The quick brown fox jumps over the lazy dog'), 5);
assert.equal(obj.scaled(2, 5), 21);
assert.equal(compose()(42), 42);
assert.deepEqual(slice([1, 2, 3, 4], 1, 3), [2, 3]);
assert.equal(compose(Math.sqrt, Math.abs)(-16), 4);
console.log('ok');
