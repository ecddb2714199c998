// HumanEval 50 / 38 / 27: encode_shift / decode_shift, cyclic groups of three, flip case; with their tests.
'use strict';
const assert = require('node:assert/strict');

function encodeShift(s) {
  return [...s].map((ch) => String.fromCharCode(((ch.charCodeAt(0) + 5 - 97) % 26) + 97)).join('');
}

function decodeShift(s) {
  return [...s].map((ch) => String.fromCharCode(((ch.charCodeAt(0) - 5 - 97 + 26) % 26) + 97)).join('');
}

function encodeCyclic(s) {
  const groups = [];
  for (let i = 0; i < s.length; i += 3) groups.push(s.slice(i, i + 3));
  return groups.map((g) => (g.length === 3 ? g.slice(1) + g[0] : g)).join('');
}

function decodeCyclic(s) {
  return encodeCyclic(encodeCyclic(s));
}

function flipCase(s) {
  return s.replace(/[a-z]/gi, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
}

function reverseWords(s) {
  return s.split(' ').map((w) => w.split('').reverse().join('')).join(' ');
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
for (let n = 0; n < 50; n++) {
  let w = '';
  for (let i = 0; i < 1 + (n % 17); i++) w += letters[(n * 7 + i * 3) % 26];
  assert.equal(decodeShift(encodeShift(w)), w);
  assert.equal(decodeCyclic(encodeCyclic(w)), w);
}
assert.equal(encodeShift('abc'), 'fgh');
assert.equal(encodeShift('xyz'), 'cde');
assert.equal(encodeCyclic('abcdefg'), 'bcaefdg');
assert.equal(flipCase('Hello'), 'hELLO');
assert.equal(flipCase(''), '');
assert.equal(reverseWords('hello world'), 'olleh dlrow');
console.log('ok');
