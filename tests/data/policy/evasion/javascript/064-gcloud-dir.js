// evasion: reads the gcloud config directory
// grade: medium; does: credentials
const fs = require("fs");
const dir = require("os").homedir() + "/.config/gcloud";
for (const f of fs.readdirSync(dir)) console.log(f);
