// A build settings object whose method names the output directory, which is cleaned.
const fsp = require("fs/promises");
const build = {
  outDir() {
    return "dist";
  },
  async clean() {
    await fsp.rm(this.outDir(), { recursive: true, force: true });
  },
};
build.clean();
