// HumanEval-style solution: count_up_to(n) — primes below n, produced by an
// async generator and collected with for await.
'use strict';
const assert = require('assert');

async function* primes(limit) {
  const found = [];
  for (let k = 2; k < limit; k++) {
    if (found.every((p) => k % p !== 0)) {
      found.push(k);
      yield k;
    }
  }
}

async function countUpTo(n) {
  const out = [];
  for await (const p of primes(n)) out.push(p);
  return out;
}

(async () => {
  assert.deepStrictEqual(await countUpTo(5), [2, 3]);
  assert.deepStrictEqual(await countUpTo(11), [2, 3, 5, 7]);
  assert.deepStrictEqual(await countUpTo(0), []);
  assert.deepStrictEqual(await countUpTo(18), [2, 3, 5, 7, 11, 13, 17]);
  console.log('ok');
})();
