// HumanEval 44 (change_base) and 78 (hex_key) using the built-in radix conversions.
'use strict';
const assert = require('assert');

function changeBase(x, base) {
  if (base < 2 || base > 9) throw new RangeError('base must be 2..9');
  return x.toString(base);
}

const PRIME_DIGITS = new Set([2, 3, 5, 7, 11, 13]);
function hexKey(num) {
  return [...num].filter((c) => PRIME_DIGITS.has(parseInt(c, 16))).length;
}

assert.strictEqual(changeBase(8, 3), '22');
assert.strictEqual(changeBase(8, 2), '1000');
assert.strictEqual(changeBase(7, 2), '111');
for (let x = 2; x < 8; x++) assert.strictEqual(changeBase(x, x + 1), String(x));
assert.strictEqual(hexKey('AB'), 1);
assert.strictEqual(hexKey('1077E'), 2);
assert.strictEqual(hexKey('ABED1A33'), 4);
assert.strictEqual(hexKey('123456789ABCDEF0'), 6);
assert.strictEqual(hexKey(''), 0);
console.log('ok');
