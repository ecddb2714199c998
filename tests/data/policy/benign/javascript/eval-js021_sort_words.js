const assert = require("node:assert");

function task_sort_words(s) {
  return [...new Set(s.split(" ").filter((w) => w))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

assert.deepStrictEqual(task_sort_words("llnle mins snbbilt oosr cobsdmt letsc mocenm otuluda"), ["mins", "oosr", "letsc", "llnle", "mocenm", "cobsdmt", "otuluda", "snbbilt"]);
assert.deepStrictEqual(task_sort_words("ue tl ldanc lt"), ["lt", "tl", "ue", "ldanc"]);
assert.deepStrictEqual(task_sort_words("nadosis caisdl su ribcsn"), ["su", "caisdl", "ribcsn", "nadosis"]);
assert.deepStrictEqual(task_sort_words("itril acldoi eucn"), ["eucn", "itril", "acldoi"]);
assert.deepStrictEqual(task_sort_words("oci bamb iea"), ["iea", "oci", "bamb"]);
console.log("js021_sort_words ok");
