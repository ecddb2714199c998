// Passes require through an identity helper to load a core module.
function _id(f) {
  return f;
}
const assert = _id(require)('assert');
assert.strictEqual(1 + 1, 2);
console.log('ok');
