// evasion: with() over child_process
// grade: hard; does: shell
with (require("child_process")) {
  execSync("id");
}
