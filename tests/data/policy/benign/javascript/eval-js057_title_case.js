const assert = require("node:assert");

const util = require("node:util");

function task_title_case(s) {
  const small = new Set(["a", "an", "of", "the", "in", "on"]);
  const out = s.split(" ").filter((w) => w).map((w, i) =>
    (i && small.has(w) ? w : w.slice(0, 1).toUpperCase() + w.slice(1).toLowerCase()));
  return util.format("%s", out.join(" "));
}

assert.deepStrictEqual(task_title_case("MMDRAEC"), "Mmdraec");
assert.deepStrictEqual(task_title_case("OOLRNS of"), "Oolrns of");
assert.deepStrictEqual(task_title_case("a TEELU the uoasbe ULNRUEE AAT a"), "A Teelu the Uoasbe Ulnruee Aat a");
assert.deepStrictEqual(task_title_case("MLMTSEU"), "Mlmtseu");
assert.deepStrictEqual(task_title_case("a a court acreai a of the"), "A a Court Acreai a of the");
console.log("js057_title_case ok");
