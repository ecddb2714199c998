// HumanEval 55 / 130 / 107: Fibonacci and tribonacci as iterable classes with generators, palindromes; tests.
'use strict';
const assert = require('node:assert/strict');

class Fib {
  constructor(limit) {
    this.limit = limit;
  }

  *[Symbol.iterator]() {
    let [a, b] = [0, 1];
    for (let i = 0; i < this.limit; i++) {
      yield a;
      [a, b] = [b, a + b];
    }
  }

  get [Symbol.toStringTag]() {
    return 'Fib';
  }

  static nth(n) {
    let last = 0;
    for (const v of new Fib(n + 1)) last = v;
    return last;
  }
}

function* tri(n) {
  const seq = [1, 3];
  yield* seq.slice(0, n + 1);
  for (let i = 2; i <= n; i++) {
    const v = i % 2 === 0 ? 1 + i / 2 : seq[i - 1] + seq[i - 2] + (1 + (i + 1) / 2);
    seq.push(v);
    yield v;
  }
}

function evenOddPalindrome(n) {
  let even = 0;
  let odd = 0;
  for (let i = 1; i <= n; i++) {
    const s = String(i);
    if (s === [...s].reverse().join('')) i % 2 ? odd++ : even++;
  }
  return [even, odd];
}

assert.equal(Fib.nth(10), 55);
assert.equal(Fib.nth(1), 1);
assert.equal(Fib.nth(11), 89);
assert.deepEqual([...new Fib(6)], [0, 1, 1, 2, 3, 5]);
assert.equal(Object.prototype.toString.call(new Fib(1)), '[object Fib]');
assert.deepEqual([...tri(3)], [1, 3, 2, 8]);
assert.deepEqual(evenOddPalindrome(12), [4, 6]);
assert.deepEqual(evenOddPalindrome(3), [1, 2]);
console.log('ok');
