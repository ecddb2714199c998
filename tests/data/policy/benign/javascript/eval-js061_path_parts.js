const assert = require("node:assert");

const path = require("node:path");

function task_path_parts(p) {
  const n = path.posix.normalize(p).replace(/(.)\/$/, "$1");
  return [path.posix.dirname(n), path.posix.basename(n), path.posix.extname(n)];
}

assert.deepStrictEqual(task_path_parts("/./x/nl.js/."), ["/x", "nl.js", ".js"]);
assert.deepStrictEqual(task_path_parts("/./x/x/bmin"), ["/x/x", "bmin", ""]);
assert.deepStrictEqual(task_path_parts("/./b.py"), ["/", "b.py", ".py"]);
assert.deepStrictEqual(task_path_parts("/o.py"), ["/", "o.py", ".py"]);
assert.deepStrictEqual(task_path_parts("/im.py"), ["/", "im.py", ".py"]);
console.log("js061_path_parts ok");
