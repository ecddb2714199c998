const assert = require("node:assert");

const path = require("node:path");

function task_path_parts(p) {
  const n = path.posix.normalize(p).replace(/(.)\/$/, "$1");
  return [path.posix.dirname(n), path.posix.basename(n), path.posix.extname(n)];
}

assert.deepStrictEqual(task_path_parts("/x/i.tar.gz"), ["/x", "i.tar.gz", ".gz"]);
assert.deepStrictEqual(task_path_parts("/././ub/e.tar.gz/"), ["/ub", "e.tar.gz", ".gz"]);
assert.deepStrictEqual(task_path_parts("/bia/as.tar.gz/"), ["/bia", "as.tar.gz", ".gz"]);
console.log("js006_path_parts ok");
