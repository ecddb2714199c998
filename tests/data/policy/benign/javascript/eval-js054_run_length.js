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

assert.deepStrictEqual(task_run_length("aa"), "a2");
assert.deepStrictEqual(task_run_length("aabbbbbbb"), "a2b7");
assert.deepStrictEqual(task_run_length("bbbaaaabbbbb"), "b3a4b5");
assert.deepStrictEqual(task_run_length("bb"), "b2");
assert.deepStrictEqual(task_run_length("bbbba"), "b4a1");
console.log("js054_run_length ok");
