// Incremental prime sieve as a generator; take, twin primes and Goldbach pairs.
'use strict';
const assert = require('node:assert/strict');

function* primes() {
  const composites = new Map();
  for (let n = 2; ; n++) {
    const factors = composites.get(n);
    if (factors) {
      for (const p of factors) {
        const next = n + p;
        if (!composites.has(next)) composites.set(next, []);
        composites.get(next).push(p);
      }
      composites.delete(n);
    } else {
      composites.set(n * n, [n]);
      yield n;
    }
  }
}

function* take(n, it) {
  for (const x of it) {
    if (n-- <= 0) return;
    yield x;
  }
}

function twinPrimes(limit) {
  const out = [];
  let prev = null;
  for (const p of primes()) {
    if (p > limit) break;
    if (prev !== null && p - prev === 2) out.push([prev, p]);
    prev = p;
  }
  return out;
}

function goldbach(n) {
  const ps = new Set(take(n, primes()));
  return [...ps].filter((p) => p <= n / 2 && ps.has(n - p)).map((p) => [p, n - p]);
}

assert.deepEqual([...take(10, primes())], [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
assert.deepEqual(twinPrimes(50), [[3, 5], [5, 7], [11, 13], [17, 19], [29, 31], [41, 43]]);
assert.deepEqual(goldbach(28), [[5, 23], [11, 17]]);
console.log('ok');
