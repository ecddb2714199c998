const assert = require("node:assert");

function task_permutations(s) {
  const out = new Set();
  const go = (prefix, rest) => {
    if (rest.length === 0) { out.add(prefix); return; }
    for (let i = 0; i < rest.length; i++) go(prefix + rest[i], rest.slice(0, i) + rest.slice(i + 1));
  };
  go("", s);
  return [...out].sort().slice(0, 4);
}

assert.deepStrictEqual(task_permutations("cacbb"), ["abbcc", "abcbc", "abccb", "acbbc"]);
assert.deepStrictEqual(task_permutations("dbdaac"), ["aabcdd", "aabdcd", "aabddc", "aacbdd"]);
assert.deepStrictEqual(task_permutations("dbaabd"), ["aabbdd", "aabdbd", "aabddb", "aadbbd"]);
assert.deepStrictEqual(task_permutations("b"), ["b"]);
assert.deepStrictEqual(task_permutations("aacda"), ["aaacd", "aaadc", "aacad", "aacda"]);
console.log("js022_permutations ok");
