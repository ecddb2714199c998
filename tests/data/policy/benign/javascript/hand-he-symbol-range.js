// A Python-like range object: iterable via Symbol.iterator, with length and includes.
'use strict';
const assert = require('node:assert/strict');

class Range {
  constructor(start, stop, step = 1) {
    if (stop === undefined) [start, stop] = [0, start];
    if (step === 0) throw new RangeError('step must not be zero');
    Object.assign(this, { start, stop, step });
  }

  get length() {
    const span = this.step > 0 ? this.stop - this.start : this.start - this.stop;
    return Math.max(0, Math.ceil(span / Math.abs(this.step)));
  }

  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.start + i * this.step;
  }

  includes(x) {
    const off = x - this.start;
    return off % this.step === 0 && off / this.step >= 0 && off / this.step < this.length;
  }

  get [Symbol.toStringTag]() {
    return `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

function sumEvenSquares(n) {
  let total = 0;
  for (const i of new Range(0, n, 2)) total += i * i;
  return total;
}

assert.deepEqual([...new Range(5)], [0, 1, 2, 3, 4]);
assert.deepEqual([...new Range(10, 0, -3)], [10, 7, 4, 1]);
assert.equal(new Range(1, 10, 2).length, 5);
assert.ok(new Range(1, 10, 2).includes(7));
assert.ok(!new Range(1, 10, 2).includes(8));
assert.equal(sumEvenSquares(7), 0 + 4 + 16 + 36);
assert.equal(Object.prototype.toString.call(new Range(3)), '[object range(0, 3, 1)]');
assert.throws(() => new Range(0, 1, 0), RangeError);
console.log('ok');
