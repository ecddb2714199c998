// HumanEval 153 (Strongest_Extension) with a small class: getters, Symbol.toPrimitive and a
// comparator defined through Object.defineProperty.
'use strict';
const assert = require('assert');

class Extension {
  constructor(name) {
    this.name = name;
  }
  get strength() {
    let cap = 0;
    let sm = 0;
    for (const c of this.name) {
      if (c >= 'A' && c <= 'Z') cap++;
      else if (c >= 'a' && c <= 'z') sm++;
    }
    return cap - sm;
  }
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.strength : this.name;
  }
}
Object.defineProperty(Extension, 'stronger', {
  value: (a, b) => (+b > +a ? b : a),
});

function strongestExtension(className, extensions) {
  const best = extensions.map((e) => new Extension(e)).reduce(Extension.stronger);
  return `${className}.${best}`;
}

assert.strictEqual(strongestExtension('my_class', ['AA', 'Be', 'CC']), 'my_class.AA');
assert.strictEqual(strongestExtension('Slices', ['SErviNGSliCes', 'Cheese', 'StuFfed']), 'Slices.SErviNGSliCes');
assert.strictEqual(strongestExtension('K', ['Ta', 'TAR', 't234An', 'cosSo']), 'K.TAR');
assert.strictEqual(strongestExtension('__HAHA', ['Tab', '123', '781345', '-_-']), '__HAHA.123');
console.log('ok');
