const assert = require("node:assert");

function task_caesar(s, shift) {
  let out = "";
  for (const c of s) {
    if (c >= "a" && c <= "z") {
      out += String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26 + 26) % 26 + 97);
    } else {
      out += c;
    }
  }
  return out;
}

assert.deepStrictEqual(task_caesar("ob", 27), "pc");
assert.deepStrictEqual(task_caesar("emmaero nudotue nm omstecs", -3), "bjjxbol kralqrb kj ljpqbzp");
assert.deepStrictEqual(task_caesar("ds", -12), "rg");
assert.deepStrictEqual(task_caesar("dnt", 1), "eou");
console.log("js044_caesar ok");
