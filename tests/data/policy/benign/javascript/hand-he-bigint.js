// Sum of the digits of n! and the last non-zero digit, using BigInt.
'use strict';
const assert = require('node:assert/strict');

function factorial(n) {
  let acc = 1n;
  for (let i = 2n; i <= BigInt(n); i++) acc *= i;
  return acc;
}

function digitSum(n) {
  return [...factorial(n).toString()].reduce((s, d) => s + Number(d), 0);
}

function lastNonZeroDigit(n) {
  const s = factorial(n).toString().replace(/0+$/, '');
  return Number(s.at(-1));
}

function trailingZeros(n) {
  let count = 0;
  for (let p = 5; p <= n; p *= 5) count += Math.floor(n / p);
  return count;
}

assert.equal(digitSum(10), 27);
assert.equal(digitSum(100), 648);
assert.equal(lastNonZeroDigit(10), 8);
assert.equal(trailingZeros(100), 24);
assert.equal(factorial(25).toString().match(/0+$/)[0].length, trailingZeros(25));
console.log('ok');
