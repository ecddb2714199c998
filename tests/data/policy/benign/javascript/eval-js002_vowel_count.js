const assert = require("node:assert");

function task_vowel_count(s) {
  const out = {};
  for (const v of "oe") {
    const n = s.split(v).length - 1;
    if (n > 0) out[v] = n;
  }
  return out;
}

assert.deepStrictEqual(task_vowel_count("mlts mraltd uos audoro attmi sodonsa"), {"o": 5});
assert.deepStrictEqual(task_vowel_count("rmn ecmldea dar"), {"e": 2});
assert.deepStrictEqual(task_vowel_count("doaccst eni"), {"o": 1, "e": 1});
console.log("js002_vowel_count ok");
