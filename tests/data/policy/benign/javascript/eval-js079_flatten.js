const assert = require("node:assert");

function task_flatten(x) {
  if (!Array.isArray(x)) return [x];
  const out = [];
  for (const y of x) out.push(...task_flatten(y));
  return out;
}

assert.deepStrictEqual(task_flatten([55, 34, [83, 65, []], [[18, []], 19]]), [55, 34, 83, 65, 18, 19]);
assert.deepStrictEqual(task_flatten([86, 38, 16, 17]), [86, 38, 16, 17]);
assert.deepStrictEqual(task_flatten([[[[57, 86, 81, 83], [18], [20, 7, 85, 88], []]], 17]), [57, 86, 81, 83, 18, 20, 7, 85, 88, 17]);
assert.deepStrictEqual(task_flatten([35, 70]), [35, 70]);
assert.deepStrictEqual(task_flatten([42, [55], 79, 98]), [42, 55, 79, 98]);
console.log("js079_flatten ok");
