// Lists what a release archive holds before it is published.
const { execFileSync } = require("child_process");
const out = execFileSync("tar", ["-t", "-v", "-f", "release.tar.gz"], { encoding: "utf8" });
console.log(out.split("\n").length - 1, "entries");
