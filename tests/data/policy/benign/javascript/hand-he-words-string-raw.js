// HumanEval-style solution (words_string): splits a string of words separated
// by commas or spaces; the separator pattern is built from a String.raw
// template, with asserts.
'use strict';

const assert = require('assert');

const SEP = new RegExp(String.raw`[\s,]+`);

function wordsString(s) {
  return s.split(SEP).filter((w) => w.length > 0);
}

assert.deepStrictEqual(wordsString('Hi, my name is John'), ['Hi', 'my', 'name', 'is', 'John']);
assert.deepStrictEqual(wordsString('One, two, three, four, five, six'), ['One', 'two', 'three', 'four', 'five', 'six']);
assert.deepStrictEqual(wordsString('Hi, my name'), ['Hi', 'my', 'name']);
assert.deepStrictEqual(wordsString(''), []);
assert.deepStrictEqual(wordsString('ahmed     , gamal'), ['ahmed', 'gamal']);
console.log('ok');
