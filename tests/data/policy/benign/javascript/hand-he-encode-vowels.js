// encode(message): swap the case of every letter and replace each vowel by the letter two places after it.
'use strict';
const assert = require('node:assert/strict');

const VOWELS = new Set('aeiouAEIOU');
const shift = (ch, k) => String.fromCharCode(ch.charCodeAt(0) + k);
const swapCase = (ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase());

function encode(message) {
  return [...message].map((ch) => swapCase(VOWELS.has(ch) ? shift(ch, 2) : ch)).join('');
}


assert.equal(encode('TEST'), 'tgst');
assert.equal(encode('Mudasir'), 'mWDCSKR');
assert.equal(encode('YES'), 'ygs');
assert.equal(encode('This is a message'), 'tHKS KS C MGSSCGG');
assert.equal(encode('I DoNt KnOw WhAt tO WrItE'), 'k dQnT kNqW wHcT Tq wRkTg');
assert.equal(encode(''), '');
console.log('encode ok');
