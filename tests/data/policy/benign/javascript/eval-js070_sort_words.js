const assert = require("node:assert");

function task_sort_words(s) {
  return [...new Set(s.split(" ").filter((w) => w))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

assert.deepStrictEqual(task_sort_words("nmie udr tosaaca toic"), ["udr", "nmie", "toic", "tosaaca"]);
assert.deepStrictEqual(task_sort_words("nus le rmoecce ulatie stras bitcn ioburi"), ["le", "nus", "bitcn", "stras", "ioburi", "ulatie", "rmoecce"]);
assert.deepStrictEqual(task_sort_words("odsos sac omd"), ["omd", "sac", "odsos"]);
assert.deepStrictEqual(task_sort_words("ae ecbtltb utesm tctbmlo"), ["ae", "utesm", "ecbtltb", "tctbmlo"]);
console.log("js070_sort_words ok");
