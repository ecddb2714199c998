// Ordinary program: HumanEval-style solution (count_distinct_characters) and
// (how_many_times) with a Set and a sticky regex, with asserts.
const assert = require('assert');

const countDistinct = (s) => new Set(s.toLowerCase()).size;

function howManyTimes(s, sub) {
  if (!sub) return 0;
  let n = 0;
  for (let i = 0; i + sub.length <= s.length; i++) if (s.startsWith(sub, i)) n++;
  return n;
}

assert.strictEqual(countDistinct(''), 0);
assert.strictEqual(countDistinct('abcde'), 5);
assert.strictEqual(countDistinct('abcdecadeCADE'), 5);
assert.strictEqual(countDistinct('Jerry jERRY JeRRRY'), 5);
assert.strictEqual(howManyTimes('', 'x'), 0);
assert.strictEqual(howManyTimes('xyxyxyx', 'x'), 4);
assert.strictEqual(howManyTimes('cacacacac', 'cac'), 4);
console.log('ok');
