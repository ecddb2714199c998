// Apply a list of operations to a number; operations dispatched by name to methods and Math.
'use strict';
const assert = require('node:assert/strict');

class Calculator {
  constructor(value = 0) {
    this.value = value;
  }
  add(x) { this.value += x; }
  sub(x) { this.value -= x; }
  mul(x) { this.value *= x; }
  div(x) {
    if (x === 0) throw new Error('division by zero');
    this.value = Math.trunc(this.value / x);
  }

  apply(op, ...args) {
    if (typeof this[op] === 'function' && op !== 'apply') {
      this[op](...args);
    } else if (typeof Math[op] === 'function') {
      this.value = Reflect.apply(Math[op], Math, [this.value, ...args]);
    } else {
      throw new Error(`unknown operation ${op}`);
    }
    return this;
  }
}

function run(start, ops) {
  const calc = new Calculator(start);
  for (const [name, ...args] of ops) calc.apply(name, ...args);
  return calc.value;
}

assert.equal(run(2, [['add', 3], ['mul', 4]]), 20);
assert.equal(run(10, [['div', 3], ['sub', 1]]), 2);
assert.equal(run(-7, [['abs'], ['pow', 2]]), 49);
assert.equal(run(5, [['max', 9], ['min', 7]]), 7);
assert.throws(() => run(1, [['div', 0]]), /division by zero/);
assert.throws(() => run(1, [['nope']]), /unknown operation/);
console.log('ok');
