const assert = require("node:assert");

function task_flatten(x) {
  if (!Array.isArray(x)) return [x];
  const out = [];
  for (const y of x) out.push(...task_flatten(y));
  return out;
}

assert.deepStrictEqual(task_flatten([]), []);
assert.deepStrictEqual(task_flatten([91]), [91]);
assert.deepStrictEqual(task_flatten([3, 97, 84, 9]), [3, 97, 84, 9]);
assert.deepStrictEqual(task_flatten([[], 42, [17]]), [42, 17]);
console.log("js011_flatten ok");
