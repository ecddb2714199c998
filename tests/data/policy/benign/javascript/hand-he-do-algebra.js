// HumanEval 160 (do_algebra) without eval: a precedence-climbing evaluator over an operator table.
'use strict';
const assert = require('assert');

const OPS = {
  '+': { prec: 1, right: false, fn: (a, b) => a + b },
  '-': { prec: 1, right: false, fn: (a, b) => a - b },
  '*': { prec: 2, right: false, fn: (a, b) => a * b },
  '//': { prec: 2, right: false, fn: (a, b) => Math.floor(a / b) },
  '**': { prec: 3, right: true, fn: (a, b) => a ** b },
};

function doAlgebra(operators, operands) {
  let pos = 0;
  function parse(minPrec) {
    let lhs = operands[pos];
    while (pos < operators.length) {
      const op = OPS[operators[pos]];
      if (!op || op.prec < minPrec) break;
      pos += 1;
      const rhs = parse(op.right ? op.prec : op.prec + 1);
      lhs = op.fn(lhs, rhs);
    }
    return lhs;
  }
  return parse(0);
}

assert.strictEqual(doAlgebra(['**', '*', '+'], [2, 3, 4, 5]), 37);
assert.strictEqual(doAlgebra(['+', '*', '-'], [2, 3, 4, 5]), 9);
assert.strictEqual(doAlgebra(['//', '*'], [7, 3, 4]), 8);
assert.strictEqual(doAlgebra(['**', '**'], [2, 3, 2]), 512);
console.log('ok');
