// Ordinary program: HumanEval-style solution. primeFib(n) returns the n-th
// number that is both a Fibonacci number and prime.
'use strict';

function isPrime(p) {
  if (p < 2) return false;
  for (let k = 2; k * k <= p; k++) if (p % k === 0) return false;
  return true;
}

function primeFib(n) {
  let a = 0, b = 1;
  while (true) {
    [a, b] = [b, a + b];
    if (isPrime(b)) { n -= 1; if (n === 0) return b; }
  }
}

const assert = require('assert');
assert.strictEqual(primeFib(1), 2);
assert.strictEqual(primeFib(2), 3);
assert.strictEqual(primeFib(3), 5);
assert.strictEqual(primeFib(4), 13);
assert.strictEqual(primeFib(5), 89);
assert.strictEqual(primeFib(6), 233);
console.log('ok');
