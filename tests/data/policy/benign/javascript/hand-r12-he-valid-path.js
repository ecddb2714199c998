// Ordinary: HumanEval-style solution: simplify a Unix-style path string
// (handling ".", ".." and repeated slashes), with asserts. It only manipulates
// strings; no file is touched.
'use strict';
const assert = require('assert');

function simplify(p) {
  const stack = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') stack.pop();
    else stack.push(part);
  }
  return '/' + stack.join('/');
}

assert.strictEqual(simplify('/home/'), '/home');
assert.strictEqual(simplify('/../'), '/');
assert.strictEqual(simplify('/home//foo/'), '/home/foo');
assert.strictEqual(simplify('/a/./b/../../c/'), '/c');
console.log('ok');
