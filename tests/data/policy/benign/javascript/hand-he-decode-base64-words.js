// HumanEval-style: decode a list of base64 strings with Buffer.from(..,
// 'base64') and return the words sorted by length then alphabetically.
'use strict';
const assert = require('assert');

function decodeWords(encoded) {
  return encoded
    .map((e) => Buffer.from(e, 'base64').toString('utf8'))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}

assert.deepStrictEqual(decodeWords(['aGVsbG8=', 'aGk=', 'YWJj']), ['hi', 'abc', 'hello']);
assert.deepStrictEqual(decodeWords([]), []);
assert.deepStrictEqual(decodeWords(['c2g=', 'cm0=']), ['rm', 'sh']);
console.log('ok');
