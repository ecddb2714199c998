const assert = require("node:assert");

function task_vowel_count(s) {
  const out = {};
  for (const v of "aeoi") {
    const n = s.split(v).length - 1;
    if (n > 0) out[v] = n;
  }
  return out;
}

assert.deepStrictEqual(task_vowel_count("es lsl"), {"e": 1});
assert.deepStrictEqual(task_vowel_count("nlrlecb smecsur"), {"e": 2});
assert.deepStrictEqual(task_vowel_count("indloi bni ladlsm ebed lms ncmc moaot"), {"a": 2, "e": 2, "o": 3, "i": 3});
assert.deepStrictEqual(task_vowel_count("tt aibr ucb runlu msrcotd ns"), {"a": 1, "o": 1, "i": 1});
assert.deepStrictEqual(task_vowel_count("nl unr oa eeect nsura ecrte sa"), {"a": 3, "e": 5, "o": 1});
console.log("js060_vowel_count ok");
