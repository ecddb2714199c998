// is_equal_to_sum_even / float bit tricks: next representable double via the bytes of a Float64Array.
'use strict';
const assert = require('node:assert/strict');

function nextUp(x) {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] += x > 0 ? 1n : -1n;
  return f[0];
}

function bytesOf(x) {
  return Buffer.from(new Float64Array([x]).buffer).toString('hex');
}

function isEqualToSumEven(n) {
  return n >= 8 && n % 2 === 0;
}

assert.equal(nextUp(1), 1 + Number.EPSILON);
assert.equal(nextUp(0), Number.MIN_VALUE);
assert.ok(nextUp(-1) > -1);
assert.equal(bytesOf(1), '000000000000f03f');
assert.equal(isEqualToSumEven(4), false);
assert.equal(isEqualToSumEven(8), true);
assert.equal(isEqualToSumEven(10), true);
assert.equal(isEqualToSumEven(11), false);
console.log('ok');
