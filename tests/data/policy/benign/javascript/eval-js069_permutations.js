const assert = require("node:assert");

function task_permutations(s) {
  const out = new Set();
  const go = (prefix, rest) => {
    if (rest.length === 0) { out.add(prefix); return; }
    for (let i = 0; i < rest.length; i++) go(prefix + rest[i], rest.slice(0, i) + rest.slice(i + 1));
  };
  go("", s);
  return [...out].sort().slice(0, 3);
}

assert.deepStrictEqual(task_permutations("d"), ["d"]);
assert.deepStrictEqual(task_permutations("c"), ["c"]);
assert.deepStrictEqual(task_permutations("abbddd"), ["abbddd", "abdbdd", "abddbd"]);
assert.deepStrictEqual(task_permutations("aca"), ["aac", "aca", "caa"]);
assert.deepStrictEqual(task_permutations("b"), ["b"]);
console.log("js069_permutations ok");
