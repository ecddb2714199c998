// Evaluate an expression in reverse Polish notation; operators via a dispatch table.
'use strict';
const assert = require('node:assert/strict');

const OPS = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => Math.trunc(a / b),
  '^': (a, b) => a ** b,
};

function evalRPN(tokens) {
  const stack = [];
  for (const tok of tokens) {
    if (Object.hasOwn(OPS, tok)) {
      if (stack.length < 2) throw new SyntaxError(`not enough operands for ${tok}`);
      const b = stack.pop();
      const a = stack.pop();
      stack.push(OPS[tok](a, b));
    } else {
      const n = Number(tok);
      if (!Number.isFinite(n)) throw new SyntaxError(`bad token ${tok}`);
      stack.push(n);
    }
  }
  if (stack.length !== 1) throw new SyntaxError('leftover operands');
  return stack[0];
}

assert.equal(evalRPN(['2', '1', '+', '3', '*']), 9);
assert.equal(evalRPN(['4', '13', '5', '/', '+']), 6);
assert.equal(evalRPN(['10', '6', '9', '3', '+', '-11', '*', '/', '*', '17', '+', '5', '+']), 22);
assert.equal(evalRPN(['2', '10', '^']), 1024);
assert.throws(() => evalRPN(['1', '+']), SyntaxError);
assert.throws(() => evalRPN(['1', 'x']), SyntaxError);
console.log('ok');
