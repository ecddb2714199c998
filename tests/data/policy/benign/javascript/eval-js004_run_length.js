const assert = require("node:assert");

function task_run_length(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += s[i] + String(j - i);
    i = j;
  }
  return out;
}

assert.deepStrictEqual(task_run_length("aaaaaaaaaaaaa"), "a13");
assert.deepStrictEqual(task_run_length("bbaaaaaaaaaaaaaaa"), "b2a15");
assert.deepStrictEqual(task_run_length("bbbaaaaaaaaaaaaaaa"), "b3a15");
console.log("js004_run_length ok");
