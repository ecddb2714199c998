// Generates a .desktop file for the app into the build directory (packaging).
const fs = require("fs");
const path = require("path");
const out = path.join(__dirname, "build", "linux");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "notes.desktop"), [
  "[Desktop Entry]",
  "Type=Application",
  "Name=Notes",
  "Exec=notes %f",
  "MimeType=text/markdown;",
  "",
].join("\n"));
