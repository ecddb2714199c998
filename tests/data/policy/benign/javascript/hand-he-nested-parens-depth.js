// Ordinary program: HumanEval-style solution (parse_nested_parens) with asserts.
const assert = require('assert');

function parseNestedParens(s) {
  return s.split(' ').filter(Boolean).map((group) => {
    let depth = 0, max = 0;
    for (const c of group) {
      if (c === '(') max = Math.max(max, ++depth);
      else if (c === ')') depth--;
    }
    return max;
  });
}

assert.deepStrictEqual(parseNestedParens('(()()) ((())) () ((())()())'), [2, 3, 1, 3]);
assert.deepStrictEqual(parseNestedParens('() (()) ((())) (((())))'), [1, 2, 3, 4]);
assert.deepStrictEqual(parseNestedParens('(()(())((())))'), [4]);
console.log('ok');
