const assert = require("node:assert");

function task_regex_numbers(s) {
  return (s.match(/-?\d+/g) || []).reduce((a, m) => a + parseInt(m, 10), 0);
}

assert.deepStrictEqual(task_regex_numbers("bar6 ioo3 86 77 mnumlb1 taea -49 lcli"), 124);
assert.deepStrictEqual(task_regex_numbers("dtmeeiu8 bdc8 rbbleam5 abertia1 151 lnoo"), 173);
assert.deepStrictEqual(task_regex_numbers("cetlsl"), 0);
assert.deepStrictEqual(task_regex_numbers("aaae5 60 154 860 biom8"), 1087);
assert.deepStrictEqual(task_regex_numbers("ib"), 0);
console.log("js055_regex_numbers ok");
