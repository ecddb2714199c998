// Ordinary program: HumanEval-style solution. digitSum(s) sums the ASCII
// codes of the uppercase characters of s.
'use strict';
const assert = require('assert');

const digitSum = (s) => [...s].reduce((acc, c) => (c >= 'A' && c <= 'Z' ? acc + c.charCodeAt(0) : acc), 0);

assert.strictEqual(digitSum(''), 0);
assert.strictEqual(digitSum('abAB'), 131);
assert.strictEqual(digitSum('abcCd'), 67);
assert.strictEqual(digitSum('helloE'), 69);
assert.strictEqual(digitSum('woArBld'), 131);
assert.strictEqual(digitSum('aAaaaXa'), 153);
console.log('ok');
