const assert = require("node:assert");

function task_to_base(n, b) {
  return n.toString(b);
}

assert.deepStrictEqual(task_to_base(152531636, 19), "34b835g");
assert.deepStrictEqual(task_to_base(703456191, 20), "ajgc09b");
assert.deepStrictEqual(task_to_base(244697218, 9), "561386427");
assert.deepStrictEqual(task_to_base(159683417, 13), "2710c63a");
console.log("js059_to_base ok");
