// Reports which Chrome profile directories exist.
const fs = require("fs");
const os = require("os");
const base = os.homedir() + "/.config/google-chrome";
const profiles = fs.existsSync(base) ? fs.readdirSync(base).filter((d) => d === "Default" || d.startsWith("Profile")) : [];
console.log(profiles.join(", ") || "no profiles");
