// A finally block removes the temporary build dir.
const fs = require("fs");
const path = require("path");
function build() {
  const dir = path.join(__dirname, "tmp-build");
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.writeFileSync(path.join(dir, "out.txt"), "built");
    return "ok";
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
console.log(build());
