// Ordinary HumanEval-style solution (triangle_area): Heron's formula; an invalid
// triangle is signalled by an error object that carries the name of a Math method and
// a value, and the caller dispatches Math[e.method](e.value) to produce the -1 result.
class Invalid extends Error {
  constructor(method, value) {
    super('invalid triangle');
    this.method = method;
    this.value = value;
  }
}

function heron(a, b, c) {
  if (a + b <= c || a + c <= b || b + c <= a) throw new Invalid('sign', -5);
  const s = (a + b + c) / 2;
  return Math.round(Math.sqrt(s * (s - a) * (s - b) * (s - c)) * 100) / 100;
}

function triangleArea(a, b, c) {
  try {
    return heron(a, b, c);
  } catch (e) {
    if (e instanceof Invalid) return Math[e.method](e.value);
    throw e;
  }
}

const assert = require('assert');
assert.strictEqual(triangleArea(3, 4, 5), 6.0);
assert.strictEqual(triangleArea(1, 2, 10), -1);
assert.strictEqual(triangleArea(4, 8, 5), 8.18);
assert.strictEqual(triangleArea(2, 2, 2), 1.73);
assert.strictEqual(triangleArea(1, 2, 3), -1);
console.log('ok');
