// An ordinary version parser with named groups, with asserts.
'use strict';
const assert = require('assert');

function parse(v) {
  const m = /^(?<major>\d+)\.(?<minor>\d+)\.(?<patch>\d+)$/.exec(v);
  if (!m) return null;
  const { major, minor, patch } = m.groups;
  return [Number(major), Number(minor), Number(patch)];
}
assert.deepStrictEqual(parse('1.2.3'), [1, 2, 3]);
assert.strictEqual(parse('x'), null);
