function stringXor(a, b) {
  return [...a].map((c, i) => (c === b[i] ? '0' : '1')).join('');
}

const assert = require('assert');
assert.strictEqual(stringXor('111000', '101010'), '010010');
assert.strictEqual(stringXor('1', '1'), '0');
assert.strictEqual(stringXor('0101', '0000'), '0101');
