// Ordinary program: HumanEval-style solution. For each space-separated group
// of nested parentheses, returns the deepest nesting level.
'use strict';
const assert = require('assert');

function parseNestedParens(s) {
  return s.split(' ').filter(Boolean).map((g) => {
    let depth = 0, max = 0;
    for (const c of g) {
      depth += c === '(' ? 1 : -1;
      max = Math.max(max, depth);
    }
    return max;
  });
}

assert.deepStrictEqual(parseNestedParens('(()()) ((())) () ((())()())'), [2, 3, 1, 3]);
assert.deepStrictEqual(parseNestedParens('() (()) ((())) (((())))'), [1, 2, 3, 4]);
assert.deepStrictEqual(parseNestedParens('(()(())((())))'), [4]);
console.log('ok');
