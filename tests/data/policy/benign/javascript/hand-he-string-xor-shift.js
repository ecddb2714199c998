// HumanEval 11 (string_xor) and 50 (encode_shift / decode_shift), with their checks.
'use strict';
const assert = require('assert');

function stringXor(a, b) {
  let out = '';
  for (let i = 0; i < a.length; i++) out += String.fromCharCode(((a.charCodeAt(i) - 48) ^ (b.charCodeAt(i) - 48)) + 48);
  return out;
}

const shift = (s, k) =>
  Array.from(s, (c) => String.fromCharCode(((c.charCodeAt(0) + k - 97 + 26) % 26) + 97)).join('');
const encodeShift = (s) => shift(s, 5);
const decodeShift = (s) => shift(s, -5);

assert.strictEqual(stringXor('111000', '101010'), '010010');
assert.strictEqual(stringXor('1', '1'), '0');
assert.strictEqual(stringXor('0101', '0000'), '0101');
for (const word of ['abc', 'hello', 'xyz', 'zebra']) {
  assert.strictEqual(decodeShift(encodeShift(word)), word);
}
assert.strictEqual(encodeShift('abc'), 'fgh');
assert.strictEqual(decodeShift('fgh'), 'abc');
console.log('ok');
