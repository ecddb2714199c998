// A small Matrix class with an iterator, static constructors and multiplication.
'use strict';
const assert = require('node:assert/strict');

class Matrix {
  constructor(rows) {
    this.rows = rows.map((r) => [...r]);
  }
  static identity(n) {
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }
  get shape() {
    return [this.rows.length, this.rows[0]?.length ?? 0];
  }
  *[Symbol.iterator]() {
    for (const row of this.rows) yield* row;
  }
  transpose() {
    const [r, c] = this.shape;
    return new Matrix(Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => this.rows[i][j])));
  }
  mul(other) {
    const [r, n] = this.shape;
    const [n2, c] = other.shape;
    if (n !== n2) throw new RangeError(`shape mismatch ${n} vs ${n2}`);
    const t = other.transpose().rows;
    return new Matrix(this.rows.map((row) => t.map((col) => row.reduce((s, v, k) => s + v * col[k], 0))));
  }
  pow(k) {
    let result = Matrix.identity(this.shape[0]);
    let base = this;
    for (; k > 0; k >>= 1, base = base.mul(base)) if (k & 1) result = result.mul(base);
    return result;
  }
  toString() {
    return this.rows.map((r) => r.join(' ')).join('\n');
  }
}

const fib = (n) => new Matrix([[1, 1], [1, 0]]).pow(n).rows[0][1];
assert.deepEqual(new Matrix([[1, 2], [3, 4]]).mul(new Matrix([[5, 6], [7, 8]])).rows, [[19, 22], [43, 50]]);
assert.deepEqual([...new Matrix([[1, 2], [3, 4]])], [1, 2, 3, 4]);
assert.equal(fib(10), 55);
assert.equal(`${Matrix.identity(2)}`, '1 0\n0 1');
assert.throws(() => new Matrix([[1, 2]]).mul(new Matrix([[1, 2]])), RangeError);
console.log('ok');
