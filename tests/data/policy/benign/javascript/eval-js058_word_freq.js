const assert = require("node:assert");

function task_word_freq(s) {
  const c = new Map();
  for (const w of s.split(" ").filter((w) => w)) c.set(w, (c.get(w) || 0) + 1);
  return [...c.entries()].filter(([, n]) => n >= 1)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

assert.deepStrictEqual(task_word_freq("ef ab gh gh an cd gh ef ab ab ul ef ef lai gh so ua cd cd cd ef ef in ef ef"), [["ab", 3], ["an", 1], ["cd", 4], ["ef", 8], ["gh", 4], ["in", 1], ["lai", 1], ["so", 1], ["ua", 1], ["ul", 1]]);
assert.deepStrictEqual(task_word_freq("gh gh ab uim ab"), [["ab", 2], ["gh", 2], ["uim", 1]]);
assert.deepStrictEqual(task_word_freq("ef rbi gh ab ef bii ab cd ab gh"), [["ab", 3], ["bii", 1], ["cd", 1], ["ef", 2], ["gh", 2], ["rbi", 1]]);
assert.deepStrictEqual(task_word_freq("sm cd ef ef ab gh ef bm cd"), [["ab", 1], ["bm", 1], ["cd", 2], ["ef", 3], ["gh", 1], ["sm", 1]]);
assert.deepStrictEqual(task_word_freq("gh gh lmo utt ef"), [["ef", 1], ["gh", 2], ["lmo", 1], ["utt", 1]]);
console.log("js058_word_freq ok");
