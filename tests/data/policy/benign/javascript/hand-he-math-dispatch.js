// HumanEval 160 (do_algebra) without eval: operators dispatched by name, Math functions by computed member; tests.
'use strict';
const assert = require('node:assert/strict');

const OPS = {
  '+': { prec: 1, fn: (a, b) => a + b },
  '-': { prec: 1, fn: (a, b) => a - b },
  '*': { prec: 2, fn: (a, b) => a * b },
  '//': { prec: 2, fn: (a, b) => Math.floor(a / b) },
  '**': { prec: 3, fn: (a, b) => a ** b, right: true },
};

function doAlgebra(operators, operands) {
  const values = [operands[0]];
  const stack = [];
  const reduce = () => {
    const op = stack.pop();
    const b = values.pop();
    const a = values.pop();
    values.push(OPS[op].fn(a, b));
  };
  operators.forEach((op, i) => {
    while (stack.length) {
      const top = OPS[stack[stack.length - 1]];
      if (top.prec > OPS[op].prec || (top.prec === OPS[op].prec && !OPS[op].right)) reduce();
      else break;
    }
    stack.push(op);
    values.push(operands[i + 1]);
  });
  while (stack.length) reduce();
  return values[0];
}

function applyNamed(name) {
  if (!['floor', 'ceil', 'round', 'trunc', 'abs'].includes(name)) throw new RangeError(name);
  return Math[name](...Array.prototype.slice.call(arguments, 1));
}

function maxOfAll() {
  return Math.max.apply(null, arguments);
}

function secondArg() {
  return arguments[1];
}

assert.equal(doAlgebra(['+', '*', '-'], [2, 3, 4, 5]), 9);
assert.equal(doAlgebra(['**', '*', '+'], [2, 3, 4, 5]), 37);
assert.equal(doAlgebra(['//', '*'], [7, 3, 4]), 8);
assert.equal(doAlgebra(['**', '**'], [2, 3, 2]), 512);
assert.equal(applyNamed('ceil', 1.2), 2);
assert.equal(applyNamed('abs', -4), 4);
assert.throws(() => applyNamed('random'), RangeError);
assert.equal(maxOfAll(3, 9, 1), 9);
assert.equal(secondArg('a', 'b', 'c'), 'b');
console.log('ok');
