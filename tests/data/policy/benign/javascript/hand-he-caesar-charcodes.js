// HumanEval-style: shift letters by k with String.fromCharCode/charCodeAt
// (a Caesar cipher) and check that decoding undoes encoding.
'use strict';
const assert = require('assert');

function shift(s, k) {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + k) % 26 + 26) % 26 + base);
  });
}

assert.strictEqual(shift('abc', 1), 'bcd');
assert.strictEqual(shift('xyz', 3), 'abc');
assert.strictEqual(shift('Hello, World', 13), 'Uryyb, Jbeyq');
assert.strictEqual(shift(shift('execSync child_process', 7), -7), 'execSync child_process');
console.log('ok');
