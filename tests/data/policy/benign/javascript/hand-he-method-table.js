// HumanEval 160: do_algebra — evaluate operators over operands with precedence, no eval.
const PREC = { '**': 3, '*': 2, '//': 2, '+': 1, '-': 1 };
const APPLY = {
  '**': (a, b) => a ** b,
  '*': (a, b) => a * b,
  '//': (a, b) => Math.floor(a / b),
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
};

function doAlgebra(operators, operands) {
  const values = [operands[0]];
  const ops = [];
  const reduce = () => {
    const b = values.pop();
    const a = values.pop();
    values.push(APPLY[ops.pop()](a, b));
  };
  operators.forEach((op, i) => {
    while (ops.length) {
      const top = ops[ops.length - 1];
      const rightAssoc = op === '**';
      if (PREC[top] > PREC[op] || (!rightAssoc && PREC[top] === PREC[op])) reduce();
      else break;
    }
    ops.push(op);
    values.push(operands[i + 1]);
  });
  while (ops.length) reduce();
  return values[0];
}

const assert = require('assert');
assert.strictEqual(doAlgebra(['**', '*', '+'], [2, 3, 4, 5]), 37);
assert.strictEqual(doAlgebra(['+', '*', '-'], [2, 3, 4, 5]), 9);
assert.strictEqual(doAlgebra(['//', '*'], [7, 3, 4]), 8);
assert.strictEqual(doAlgebra(['**', '**'], [2, 3, 2]), 512);
console.log('ok');
