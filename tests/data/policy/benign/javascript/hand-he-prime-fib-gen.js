// prime_fib: the n-th number that is both a Fibonacci number and prime (BigInt generators).
'use strict';
const assert = require('node:assert/strict');

function* fibonacci() {
  let [a, b] = [0n, 1n];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}

function isPrime(n) {
  if (n < 2n) return false;
  if (n % 2n === 0n) return n === 2n;
  for (let d = 3n; d * d <= n; d += 2n) if (n % d === 0n) return false;
  return true;
}

function* filter(iter, pred) {
  for (const x of iter) if (pred(x)) yield x;
}

function primeFib(n) {
  let i = 0;
  for (const p of filter(fibonacci(), isPrime)) if (++i === n) return Number(p);
  throw new RangeError('unreachable');
}

assert.equal(primeFib(1), 2);
assert.equal(primeFib(2), 3);
assert.equal(primeFib(3), 5);
assert.equal(primeFib(4), 13);
assert.equal(primeFib(5), 89);
assert.equal(primeFib(6), 233);
assert.equal(primeFib(7), 1597);
assert.equal(primeFib(8), 28657);
assert.equal(primeFib(9), 514229);
assert.equal(primeFib(10), 433494437);
console.log('prime_fib ok');
