// An ordinary class with a Symbol.toStringTag, with asserts.
'use strict';
const assert = require('assert');

class Money {
  constructor(cents) {
    this.cents = cents;
  }
  get [Symbol.toStringTag]() {
    return 'Money';
  }
}
assert.strictEqual(Object.prototype.toString.call(new Money(5)), '[object Money]');
