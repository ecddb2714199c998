const assert = require("node:assert");

function task_reverse_words(s) {
  return s.split(" ").filter((w) => w.length > 0).reverse().join(" ");
}

assert.deepStrictEqual(task_reverse_words("omdms mblnut inosdcd tbd bnrs memt"), "memt bnrs tbd inosdcd mblnut omdms");
assert.deepStrictEqual(task_reverse_words("caia ddbad"), "ddbad caia");
assert.deepStrictEqual(task_reverse_words("cmraa omeilt omsma"), "omsma omeilt cmraa");
console.log("js067_reverse_words ok");
