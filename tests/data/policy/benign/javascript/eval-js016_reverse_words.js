const assert = require("node:assert");

function task_reverse_words(s) {
  return s.split(" ").filter((w) => w.length > 0).reverse().join(" ");
}

assert.deepStrictEqual(task_reverse_words("detct duac"), "duac detct");
assert.deepStrictEqual(task_reverse_words("bascin sm bustra al uaraec ttlr bm"), "bm ttlr uaraec al bustra sm bascin");
assert.deepStrictEqual(task_reverse_words("nstab bcto oldld maeei tnomco"), "tnomco maeei oldld bcto nstab");
assert.deepStrictEqual(task_reverse_words("do utaur nassli"), "nassli utaur do");
console.log("js016_reverse_words ok");
