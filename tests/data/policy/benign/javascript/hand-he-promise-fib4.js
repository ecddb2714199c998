// HumanEval-style solution (fib4): computes the fib4 sequence iteratively,
// each step chained through Promise.then, with asserts.
'use strict';

const assert = require('assert');

function fib4(n) {
  let p = Promise.resolve([0, 0, 2, 0]);
  for (let i = 4; i <= n; i++) {
    p = p.then(([a, b, c, d]) => [b, c, d, a + b + c + d]);
  }
  return p.then((w) => (n < 4 ? w[n] : w[3]));
}

Promise.all([fib4(5), fib4(8), fib4(10), fib4(12), fib4(2)]).then((got) => {
  assert.deepStrictEqual(got, [4, 28, 104, 386, 2]);
  console.log('ok');
});
