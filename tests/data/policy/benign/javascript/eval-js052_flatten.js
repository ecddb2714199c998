const assert = require("node:assert");

function task_flatten(x) {
  if (!Array.isArray(x)) return [x];
  const out = [];
  for (const y of x) out.push(...task_flatten(y));
  return out;
}

assert.deepStrictEqual(task_flatten([[]]), []);
assert.deepStrictEqual(task_flatten([]), []);
assert.deepStrictEqual(task_flatten([96, [[], 19, [2, 94]], 51]), [96, 19, 2, 94, 51]);
assert.deepStrictEqual(task_flatten([48, [52, 67, [84, 44, [54, 17, 75], 43]]]), [48, 52, 67, 84, 44, 54, 17, 75, 43]);
console.log("js052_flatten ok");
