// Evaluate arithmetic expressions with a recursive-descent parser (no eval).
'use strict';
const assert = require('node:assert/strict');

function evaluate(src, vars = {}) {
  const tokens = src.match(/\d+(?:\.\d+)?|[A-Za-z_]\w*|\*\*|[-+*/%()]/g) || [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const expect = (t) => {
    if (next() !== t) throw new SyntaxError(`expected ${t}`);
  };
  function primary() {
    const t = next();
    if (t === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    if (t === '-') return -unary();
    if (/^\d/.test(t)) return parseFloat(t);
    if (/^[A-Za-z_]/.test(t)) {
      if (!Object.hasOwn(vars, t)) throw new ReferenceError(`unknown variable ${t}`);
      return vars[t];
    }
    throw new SyntaxError(`unexpected ${t}`);
  }
  function unary() {
    const base = primary();
    if (peek() === '**') {
      next();
      return base ** unary();
    }
    return base;
  }
  function term() {
    let v = unary();
    while (['*', '/', '%'].includes(peek())) {
      const op = next();
      const r = unary();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  }
  function expr() {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + term() : v - term();
    return v;
  }
  const result = expr();
  if (pos !== tokens.length) throw new SyntaxError(`trailing ${peek()}`);
  return result;
}

assert.equal(evaluate('2*(3+4)'), 14);
assert.equal(evaluate('2**3**2'), 512);
assert.equal(evaluate('-3 + 10 % 4'), -1);
assert.equal(evaluate('x * x + y', { x: 3, y: 1 }), 10);
assert.throws(() => evaluate('process.exit()'), Error);
assert.throws(() => evaluate('(1 + 2'), SyntaxError);
console.log('ok');
