// filter_integers / filter by kind: classes with a static Symbol.hasInstance used as type predicates.
'use strict';
const assert = require('node:assert/strict');

class Integer {
  static [Symbol.hasInstance](x) {
    return typeof x === 'number' && Number.isInteger(x);
  }
}

class Text {
  static [Symbol.hasInstance](x) {
    return typeof x === 'string';
  }
}

const kinds = { int: Integer, str: Text };

function filterBy(values, kind) {
  const K = kinds[kind];
  if (!K) throw new TypeError(`unknown kind ${kind}`);
  return values.filter((v) => v instanceof K);
}

function filterIntegers(values) {
  return filterBy(values, 'int');
}

assert.deepEqual(filterIntegers(['a', 3.14, 5]), [5]);
assert.deepEqual(filterIntegers([1, 2, 3, 'abc', {}, []]), [1, 2, 3]);
assert.deepEqual(filterIntegers([]), []);
assert.deepEqual(filterBy(['x', 1, 'y', null], 'str'), ['x', 'y']);
assert.throws(() => filterBy([1], 'float'), TypeError);
console.log('ok');
