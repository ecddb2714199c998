// Ordinary: HumanEval-style solution: evaluate an arithmetic expression with
// + - * / and parentheses using a small recursive-descent parser (no eval),
// with asserts.
'use strict';
const assert = require('assert');

function evaluate(expr) {
  const tokens = expr.match(/\d+(\.\d+)?|[-+*/()]/g) || [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  function factor() {
    const t = next();
    if (t === '(') { const v = sum(); next(); return v; }
    if (t === '-') return -factor();
    return Number(t);
  }
  function product() {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? v * factor() : v / factor();
    return v;
  }
  function sum() {
    let v = product();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + product() : v - product();
    return v;
  }
  return sum();
}

assert.strictEqual(evaluate('1 + 2 * 3'), 7);
assert.strictEqual(evaluate('(1 + 2) * 3'), 9);
assert.strictEqual(evaluate('10 / 4 - 1'), 1.5);
assert.strictEqual(evaluate('-(2 + 3)'), -5);
console.log('ok');
