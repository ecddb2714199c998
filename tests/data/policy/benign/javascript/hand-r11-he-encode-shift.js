// Ordinary program: HumanEval-style solution. encodeShift / decodeShift
// rotate every lowercase letter by 5 places in the alphabet.
'use strict';
const assert = require('assert');

const shift = (s, k) => s.replace(/[a-z]/g, (ch) =>
  String.fromCharCode(((ch.charCodeAt(0) - 97 + k + 26) % 26) + 97));
const encodeShift = (s) => shift(s, 5);
const decodeShift = (s) => shift(s, -5);

for (const word of ['abc', 'hello', 'xyz', 'exec', 'rm', 'shell']) {
  assert.strictEqual(decodeShift(encodeShift(word)), word);
}
assert.strictEqual(encodeShift('abc'), 'fgh');
assert.strictEqual(decodeShift('fgh'), 'abc');
console.log('ok');
