// HumanEval-style: evaluate a reverse Polish notation expression with a
// stack (a function called evalRPN; nothing is evaluated as code).
'use strict';
const assert = require('assert');

function evalRPN(tokens) {
  const ops = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    '/': (a, b) => Math.trunc(a / b),
  };
  const stack = [];
  for (const t of tokens) {
    if (t in ops) {
      const b = stack.pop();
      const a = stack.pop();
      stack.push(ops[t](a, b));
    } else {
      stack.push(Number(t));
    }
  }
  return stack.pop();
}

assert.strictEqual(evalRPN(['2', '1', '+', '3', '*']), 9);
assert.strictEqual(evalRPN(['4', '13', '5', '/', '+']), 6);
assert.strictEqual(evalRPN(['10', '6', '9', '3', '+', '-11', '*', '/', '*', '17', '+', '5', '+']), 22);
console.log('ok');
