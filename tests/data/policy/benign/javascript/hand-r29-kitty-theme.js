// Writes a color theme into the project's own kitty theme file.
const fs = require("fs");
fs.mkdirSync("themes", { recursive: true });
fs.writeFileSync("themes/dark.conf", "foreground #dddddd\nbackground #111111\n");
