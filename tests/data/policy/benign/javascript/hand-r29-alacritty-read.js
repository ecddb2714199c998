// Prints the font size set in the user's alacritty config, if any.
const fs = require("fs");
const path = require("path");
const os = require("os");
const cfg = path.join(os.homedir(), ".config", "alacritty", "alacritty.toml");
const m = fs.existsSync(cfg) && /size\s*=\s*(\d+)/.exec(fs.readFileSync(cfg, "utf8"));
console.log(m ? m[1] : "default");
