// HumanEval 111: histogram — letters with the highest count, built with Reflect and Object.fromEntries.
function histogram(test) {
  const counts = {};
  for (const word of test.split(' ').filter(Boolean)) {
    Reflect.set(counts, word, (Reflect.get(counts, word) || 0) + 1);
  }
  const keys = Reflect.ownKeys(counts);
  if (keys.length === 0) return {};
  const best = Math.max(...keys.map((k) => counts[k]));
  return Object.fromEntries(keys.filter((k) => counts[k] === best).map((k) => [k, best]));
}

const assert = require('assert');
assert.deepStrictEqual(histogram('a b b a'), { a: 2, b: 2 });
assert.deepStrictEqual(histogram('a b c a b'), { a: 2, b: 2 });
assert.deepStrictEqual(histogram('a b c d g'), { a: 1, b: 1, c: 1, d: 1, g: 1 });
assert.deepStrictEqual(histogram('b b b b a'), { b: 4 });
assert.deepStrictEqual(histogram(''), {});
console.log('ok');
