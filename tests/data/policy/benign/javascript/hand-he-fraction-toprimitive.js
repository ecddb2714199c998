// simplify(x, n): is x * n a whole number, for fractions given as "a/b" strings.
'use strict';
const assert = require('node:assert/strict');

const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));

class Fraction {
  static parse(text) {
    const [num, den] = text.split('/').map(Number);
    return new Fraction(num, den);
  }
  constructor(num, den) {
    const g = gcd(num, den) || 1;
    this.num = num / g;
    this.den = den / g;
  }
  times(other) {
    return new Fraction(this.num * other.num, this.den * other.den);
  }
  get whole() {
    return this.den === 1;
  }
  [Symbol.toPrimitive](hint) {
    return hint === 'string' ? `${this.num}/${this.den}` : this.num / this.den;
  }
}

function simplify(x, n) {
  return Fraction.parse(x).times(Fraction.parse(n)).whole;
}

assert.equal(simplify('1/5', '5/1'), true);
assert.equal(simplify('1/6', '2/1'), false);
assert.equal(simplify('5/1', '3/1'), true);
assert.equal(simplify('7/10', '10/2'), false);
assert.equal(simplify('2/10', '50/10'), true);
assert.equal(simplify('7/2', '4/2'), true);
assert.equal(simplify('11/6', '6/1'), true);
assert.equal(simplify('2/3', '5/2'), false);
assert.equal(simplify('5/2', '3/5'), false);
assert.equal(`${Fraction.parse('2/4')}`, '1/2');
assert.equal(+Fraction.parse('3/4'), 0.75);
assert.ok(Fraction.parse('1/3') < Fraction.parse('1/2'));
console.log('simplify ok');
