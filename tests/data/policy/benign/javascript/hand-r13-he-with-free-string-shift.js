// HumanEval-style solution: circular_shift(x, shift) — shift digits right,
// reversed if shift exceeds the number of digits; uses a promise chain.
'use strict';
const assert = require('assert');

function circularShift(x, shift) {
  const s = String(x);
  if (shift > s.length) return [...s].reverse().join('');
  const k = shift % s.length;
  return k === 0 ? s : s.slice(-k) + s.slice(0, -k);
}

Promise.resolve([[100, 2], [12, 2], [97, 8], [12, 1], [11, 101]])
  .then((cases) => cases.map(([x, s]) => circularShift(x, s)))
  .then((got) => {
    assert.deepStrictEqual(got, ['001', '12', '79', '21', '11']);
    console.log('ok');
  });
