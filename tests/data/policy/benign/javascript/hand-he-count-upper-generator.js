// Ordinary HumanEval-style solution (count_upper): counts uppercase vowels at even
// indices, using a generator that yields the characters at even positions.
function* evenChars(s) {
  for (let i = 0; i < s.length; i += 2) yield s[i];
}

function countUpper(s) {
  let n = 0;
  for (const c of evenChars(s)) if ('AEIOU'.includes(c)) n++;
  return n;
}

const assert = require('assert');
assert.strictEqual(countUpper('aBCdEf'), 1);
assert.strictEqual(countUpper('abcdefg'), 0);
assert.strictEqual(countUpper('dBBE'), 0);
assert.strictEqual(countUpper('B'), 0);
assert.strictEqual(countUpper('U'), 1);
assert.strictEqual(countUpper('EEEE'), 2);
console.log('ok');
