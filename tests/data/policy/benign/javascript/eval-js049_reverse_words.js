const assert = require("node:assert");

function task_reverse_words(s) {
  return s.split(" ").filter((w) => w.length > 0).reverse().join(" ");
}

assert.deepStrictEqual(task_reverse_words("rdoai rrenna oas brrmo cdrdro es tbsomri"), "tbsomri es cdrdro brrmo oas rrenna rdoai");
assert.deepStrictEqual(task_reverse_words("iiuc cdob oicdeo nms mieebr"), "mieebr nms oicdeo cdob iiuc");
assert.deepStrictEqual(task_reverse_words("nmbleme cs rmudtmo tbbs suulmss cnmou nordr"), "nordr cnmou suulmss tbbs rmudtmo cs nmbleme");
assert.deepStrictEqual(task_reverse_words("culroim iibt uot coc taun rlcam atonnu"), "atonnu rlcam taun coc uot iibt culroim");
assert.deepStrictEqual(task_reverse_words("unrat sbtd let ctliare nsao ib ea"), "ea ib nsao ctliare let sbtd unrat");
console.log("js049_reverse_words ok");
