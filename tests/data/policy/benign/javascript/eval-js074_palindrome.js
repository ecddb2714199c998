const assert = require("node:assert");

function task_palindrome(s) {
  const t = s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return t === t.split("").reverse().join("");
}

assert.deepStrictEqual(task_palindrome("asatn, NTASA!"), true);
assert.deepStrictEqual(task_palindrome("bedm"), false);
assert.deepStrictEqual(task_palindrome("umbcexecbmu"), true);
console.log("js074_palindrome ok");
