// HumanEval 156: int_to_mini_roman, with a small value class using Symbol.toPrimitive and a getter.
class Roman {
  static TABLE = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];

  constructor(n) {
    this.n = n;
  }

  get text() {
    let n = this.n;
    let out = '';
    for (const [value, sym] of Roman.TABLE) {
      while (n >= value) {
        out += sym;
        n -= value;
      }
    }
    return out;
  }

  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.n : this.text;
  }
}

const intToMiniRoman = (n) => `${new Roman(n)}`;

const assert = require('assert');
assert.strictEqual(intToMiniRoman(19), 'xix');
assert.strictEqual(intToMiniRoman(152), 'clii');
assert.strictEqual(intToMiniRoman(426), 'cdxxvi');
assert.strictEqual(intToMiniRoman(1000), 'm');
assert.strictEqual(+new Roman(94), 94);
console.log('ok');
