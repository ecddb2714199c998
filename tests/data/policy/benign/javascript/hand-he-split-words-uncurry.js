// HumanEval 125 (split_words) with uncurried String methods (call.bind), a common idiom in
// libraries that must not trust String.prototype.
'use strict';
const assert = require('assert');

const uncurry = (fn) => Function.prototype.call.bind(fn);
const split = uncurry(String.prototype.split);
const includes = uncurry(String.prototype.includes);
const codeAt = uncurry(String.prototype.charCodeAt);

function* lowerOddLetters(txt) {
  for (let i = 0; i < txt.length; i++) {
    const c = codeAt(txt, i);
    if (c >= 97 && c <= 122 && (c - 97) % 2 === 1) yield txt[i];
  }
}

function splitWords(txt) {
  if (includes(txt, ' ')) return split(txt, ' ');
  if (includes(txt, ',')) return split(txt, ',');
  return [...lowerOddLetters(txt)].length;
}

assert.deepStrictEqual(splitWords('Hello world!'), ['Hello', 'world!']);
assert.deepStrictEqual(splitWords('Hello,world!'), ['Hello', 'world!']);
assert.deepStrictEqual(splitWords('Hello world,!'), ['Hello', 'world,!']);
assert.strictEqual(splitWords('abcdef'), 3);
assert.strictEqual(splitWords('aaabb'), 2);
assert.strictEqual(splitWords(''), 0);
console.log('ok');
