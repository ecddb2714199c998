// HumanEval-style solution: do_algebra(operators, operands) evaluated through
// a Map of operator functions applied with Reflect.apply (no eval).
'use strict';
const assert = require('assert');

const OPS = new Map(Object.entries({
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '//': (a, b) => Math.floor(a / b),
  '**': (a, b) => a ** b,
}));

function doAlgebra(operators, operands) {
  // respect precedence: ** first, then * //, then + -
  let ops = [...operators];
  let vals = [...operands];
  for (const level of [['**'], ['*', '//'], ['+', '-']]) {
    for (let i = 0; i < ops.length;) {
      if (level.includes(ops[i])) {
        vals.splice(i, 2, Reflect.apply(OPS.get(ops[i]), null, [vals[i], vals[i + 1]]));
        ops.splice(i, 1);
      } else i++;
    }
  }
  return vals[0];
}

assert.strictEqual(doAlgebra(['**', '*', '+'], [2, 3, 4, 5]), 37);
assert.strictEqual(doAlgebra(['+', '*', '-'], [2, 3, 4, 5]), 9);
assert.strictEqual(doAlgebra(['//', '*'], [7, 3, 4]), 8);
console.log('ok');
