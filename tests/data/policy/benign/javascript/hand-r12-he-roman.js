// Ordinary: HumanEval-style solution: convert between integers and Roman
// numerals, with asserts.
'use strict';
const assert = require('assert');

const TABLE = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function toRoman(n) {
  let out = '';
  for (const [v, s] of TABLE) {
    while (n >= v) { out += s; n -= v; }
  }
  return out;
}

function fromRoman(s) {
  const val = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = val[s[i]], next = val[s[i + 1]] || 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

assert.strictEqual(toRoman(1994), 'MCMXCIV');
assert.strictEqual(toRoman(58), 'LVIII');
assert.strictEqual(fromRoman('MCMXCIV'), 1994);
for (let i = 1; i < 400; i++) assert.strictEqual(fromRoman(toRoman(i)), i);
console.log('ok');
