// Lists the last week's commit subjects of the current repository.
const { spawnSync } = require("child_process");
const r = spawnSync("git", ["log", "--since=1.week", "--pretty=format:%h %s"], { encoding: "utf8" });
console.log(r.stdout);
