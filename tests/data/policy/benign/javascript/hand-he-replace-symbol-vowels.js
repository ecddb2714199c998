// remove_vowels with a custom Symbol.replace matcher object, and encode by shifting vowels two places.
'use strict';
const assert = require('node:assert/strict');

const VOWELS = new Set('aeiouAEIOU');

const vowelMatcher = {
  [Symbol.replace](str, replacement) {
    let out = '';
    for (const ch of str) {
      out += VOWELS.has(ch) ? (typeof replacement === 'function' ? replacement(ch) : replacement) : ch;
    }
    return out;
  },
};

function removeVowels(text) {
  return text.replace(vowelMatcher, '');
}

function encode(message) {
  const shift = (c) => String.fromCharCode(c.charCodeAt(0) + 2);
  const swapped = [...message].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
  return swapped.replace(vowelMatcher, shift);
}

assert.equal(removeVowels(''), '');
assert.equal(removeVowels('abcdef\nghijklm'), 'bcdf\nghjklm');
assert.equal(removeVowels('aaBAA'), 'B');
assert.equal(removeVowels('zbcd'), 'zbcd');
assert.equal(encode('TEST'), 'tgst');
assert.equal(encode('This is a message'), 'tHKS KS C MGSSCGG');
console.log('ok');
