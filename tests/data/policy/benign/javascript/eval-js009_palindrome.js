const assert = require("node:assert");

function task_palindrome(s) {
  const t = s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return t === t.split("").reverse().join("");
}

assert.deepStrictEqual(task_palindrome("olanls, SLNALO!"), true);
assert.deepStrictEqual(task_palindrome("ntnn, NNTN!"), true);
assert.deepStrictEqual(task_palindrome("tlna"), false);
assert.deepStrictEqual(task_palindrome("rsysr"), true);
assert.deepStrictEqual(task_palindrome("atse, ESTA!"), true);
console.log("js009_palindrome ok");
