const assert = require("assert");
const { execFileSync } = require("child_process");

function check(expected) {
  const got = execFileSync("node", ["--version"], { encoding: "utf8" }).trim();
  try {
    assert.strictEqual(got, expected);
  } catch (err) {
    console.error(`node reports ${err.actual}, expected ${err.expected}`);
  }
}
check(process.version);
