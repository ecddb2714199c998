// Ordinary: HumanEval-style solution: run-length encode and decode a string,
// with asserts.
'use strict';
const assert = require('assert');

function encode(s) {
  let out = '';
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i) + s[i];
    i = j;
  }
  return out;
}

function decode(s) {
  return s.replace(/(\d+)(\D)/g, (_, n, c) => c.repeat(Number(n)));
}

assert.strictEqual(encode('aaabccdddd'), '3a1b2c4d');
assert.strictEqual(encode(''), '');
assert.strictEqual(decode('3a1b2c4d'), 'aaabccdddd');
assert.strictEqual(decode(encode('xyz')), 'xyz');
console.log('ok');
