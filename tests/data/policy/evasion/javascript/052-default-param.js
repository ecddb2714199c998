// evasion: destructured default parameter
// grade: hard; does: shell
function go({ execSync: run } = require("child_process")) {
  run("id");
}
go();
