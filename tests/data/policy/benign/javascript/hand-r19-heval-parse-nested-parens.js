function parseNestedParens(s) {
  return s
    .split(' ')
    .filter((g) => g)
    .map((g) => {
      let depth = 0;
      let max = 0;
      for (const c of g) {
        depth += c === '(' ? 1 : -1;
        max = Math.max(max, depth);
      }
      return max;
    });
}

const assert = require('assert');
assert.deepStrictEqual(parseNestedParens('(()()) ((())) () ((())()())'), [2, 3, 1, 3]);
assert.deepStrictEqual(parseNestedParens('() (()) ((())) (((())))'), [1, 2, 3, 4]);
assert.deepStrictEqual(parseNestedParens('(()(())((())))'), [4]);
