// A job whose scratch directory comes from a method it inherits; cleanup removes it.
const fs = require("fs");
const os = require("os");
const path = require("path");
class Job {
  scratch() {
    return path.join(os.tmpdir(), "render-job");
  }
}
class RenderJob extends Job {
  cleanup() {
    fs.rmSync(this.scratch(), { recursive: true, force: true });
  }
}
new RenderJob().cleanup();
