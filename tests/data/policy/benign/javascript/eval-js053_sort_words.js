const assert = require("node:assert");

function task_sort_words(s) {
  return [...new Set(s.split(" ").filter((w) => w))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

assert.deepStrictEqual(task_sort_words("nisii oaiedi ddt bll nslt mnrdtu dcesmbi mu ad"), ["ad", "mu", "bll", "ddt", "nslt", "nisii", "mnrdtu", "oaiedi", "dcesmbi"]);
assert.deepStrictEqual(task_sort_words("moa cebondd nceea roclbcm smodmi tn dmnml tmnrosd irrs"), ["tn", "moa", "irrs", "dmnml", "nceea", "smodmi", "cebondd", "roclbcm", "tmnrosd"]);
assert.deepStrictEqual(task_sort_words("eu lnl ceb ussd nanuda"), ["eu", "ceb", "lnl", "ussd", "nanuda"]);
assert.deepStrictEqual(task_sort_words("au uedss rsctmo ilnoos rlcdoll rrtlas sbuo mdomrr ou ru"), ["au", "ou", "ru", "sbuo", "uedss", "ilnoos", "mdomrr", "rrtlas", "rsctmo", "rlcdoll"]);
console.log("js053_sort_words ok");
