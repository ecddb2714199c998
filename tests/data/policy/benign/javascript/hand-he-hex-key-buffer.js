// HumanEval-style solution (hex_key): counts the hexadecimal digits that are
// primes (2, 3, 5, 7, B, D); also checks the digits round-trip through a
// Buffer decoded from hex, with asserts.
'use strict';

const assert = require('assert');

const PRIME_DIGITS = new Set(['2', '3', '5', '7', 'B', 'D']);

function hexKey(num) {
  let n = 0;
  for (const ch of num) if (PRIME_DIGITS.has(ch)) n++;
  return n;
}

function roundTrip(num) {
  const even = num.length % 2 ? '0' + num : num;
  return Buffer.from(even, 'hex').toString('hex').toUpperCase().replace(/^0(?=.)/, num.length % 2 ? '' : '0');
}

assert.strictEqual(hexKey('AB'), 1);
assert.strictEqual(hexKey('1077E'), 2);
assert.strictEqual(hexKey('ABED1A33'), 4);
assert.strictEqual(hexKey('123456789ABCDEF0'), 6);
assert.strictEqual(hexKey('2020'), 2);
assert.strictEqual(hexKey(''), 0);
assert.strictEqual(roundTrip('ABED1A33'), 'ABED1A33');
assert.strictEqual(roundTrip('1077E'), '1077E');
console.log('ok');
