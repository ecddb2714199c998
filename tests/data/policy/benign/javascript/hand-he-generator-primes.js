// HumanEval-style: the n-th prime from a generator, with a closure cache and
// a Map; exercises generators and higher-order functions.
'use strict';
const assert = require('assert');

function* primes() {
  const found = [];
  for (let n = 2; ; n++) {
    if (found.every((p) => p * p > n || n % p !== 0)) {
      found.push(n);
      yield n;
    }
  }
}

const nthPrime = (() => {
  const cache = new Map();
  return (k) => {
    if (!cache.has(k)) {
      let i = 0;
      for (const p of primes()) {
        if (++i === k) { cache.set(k, p); break; }
      }
    }
    return cache.get(k);
  };
})();

assert.strictEqual(nthPrime(1), 2);
assert.strictEqual(nthPrime(6), 13);
assert.strictEqual(nthPrime(100), 541);
console.log('ok');
