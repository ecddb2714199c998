// evasion: a getter returns execSync
// grade: hard; does: shell
const o = {
  get run() {
    return require("child_process").execSync;
  },
};
o.run("id");
