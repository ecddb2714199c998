const assert = require("node:assert");

function task_palindrome(s) {
  const t = s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return t === t.split("").reverse().join("");
}

assert.deepStrictEqual(task_palindrome("bmnuoxounmb"), true);
assert.deepStrictEqual(task_palindrome("bsuar onolb"), false);
assert.deepStrictEqual(task_palindrome("nbixibn"), true);
assert.deepStrictEqual(task_palindrome("ecu nobbrb"), false);
assert.deepStrictEqual(task_palindrome("io"), false);
console.log("js051_palindrome ok");
