const assert = require("node:assert");

const util = require("node:util");

function task_title_case(s) {
  const small = new Set(["a", "an", "of", "the", "in", "on"]);
  const out = s.split(" ").filter((w) => w).map((w, i) =>
    (i && small.has(w) ? w : w.slice(0, 1).toUpperCase() + w.slice(1).toLowerCase()));
  return util.format("%s", out.join(" "));
}

assert.deepStrictEqual(task_title_case("the"), "The");
assert.deepStrictEqual(task_title_case("the the MRA of of"), "The the Mra of of");
assert.deepStrictEqual(task_title_case("of the a BOIAB the of"), "Of the a Boiab the of");
assert.deepStrictEqual(task_title_case("OAS a of"), "Oas a of");
console.log("js013_title_case ok");
