const assert = require("node:assert");

function task_word_freq(s) {
  const c = new Map();
  for (const w of s.split(" ").filter((w) => w)) c.set(w, (c.get(w) || 0) + 1);
  return [...c.entries()].filter(([, n]) => n >= 3)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

assert.deepStrictEqual(task_word_freq("ef gh ef gh ab rt ab ab til"), [["ab", 3]]);
assert.deepStrictEqual(task_word_freq("cd cd ef"), []);
assert.deepStrictEqual(task_word_freq("mo dsu ard ab gh ef cd cd ab ab"), [["ab", 3]]);
console.log("js024_word_freq ok");
