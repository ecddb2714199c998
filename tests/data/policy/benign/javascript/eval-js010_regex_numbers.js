const assert = require("node:assert");

function task_regex_numbers(s) {
  return (s.match(/-?\d+/g) || []).reduce((a, m) => a + parseInt(m, 10), 0);
}

assert.deepStrictEqual(task_regex_numbers("oblb6 673 967 eaoaut0 ta 351 ob8 mmdo uoa mil"), 2005);
assert.deepStrictEqual(task_regex_numbers("255 119 smdt 873 btcncl"), 1247);
assert.deepStrictEqual(task_regex_numbers("288 br3 bdrue 431 sarila2 ct -25 roissc 533 716"), 1948);
assert.deepStrictEqual(task_regex_numbers("restlar2 267 lr 146 207 501 bl4 eo1 tioanmd 583"), 1711);
assert.deepStrictEqual(task_regex_numbers("ninna2 odeir lden4 tnci csraceu8 lnc 907"), 921);
console.log("js010_regex_numbers ok");
