const assert = require("node:assert");

const path = require("node:path");

function task_path_parts(p) {
  const n = path.posix.normalize(p).replace(/(.)\/$/, "$1");
  return [path.posix.dirname(n), path.posix.basename(n), path.posix.extname(n)];
}

assert.deepStrictEqual(task_path_parts("/./././eco/"), ["/", "eco", ""]);
assert.deepStrictEqual(task_path_parts("/./x/rc.js/."), ["/x", "rc.js", ".js"]);
assert.deepStrictEqual(task_path_parts("/cdo/./mla"), ["/cdo", "mla", ""]);
console.log("js076_path_parts ok");
